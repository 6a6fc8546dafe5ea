/*
 * L.BriefmapEvents: a canvas layer for conflict events, built for a million points.
 *
 * The events arrive once per dataset version as an event pack (layers/event_pack.py):
 * typed columns for position, day, event type, sub-event type, actors, dataset,
 * location precision, location name and event id, gzip-compressed. In the app the
 * pack is a file named by its content hash, fetched once and kept by the browser's
 * cache; exports embed it. Everything the sidebar filters on is filtered here
 * (setFilter), so a filter change sends the map a few hundred bytes of filter state
 * and redraws, and playback steps the window (setWindow) with no server round trip.
 *
 * The layer draws on one canvas:
 *   - zoomed out, events are aggregated in a screen grid; each cell is a pie of
 *     event types with its count;
 *   - zoomed in (or when few are visible), each event is drawn with its type's
 *     colour and shape, and events located only roughly (ACLED geo_precision 2
 *     or 3) get a ring of that uncertainty: faint by default, the hovered one strong
 *     (see "uncertainty rings" below; L.Control.BriefmapRings switches the mode).
 * Hover shows a tooltip; a click fires 'click' with the events' ids (the app's
 * reporter hands them to the server for the details panel) and, when details are
 * embedded (standalone export: one gzip-compressed JSON blob, inflated at the first
 * click), opens a popup with the full records.
 * All text is put into the DOM with textContent, never as HTML.
 */
(function () {
  "use strict";

  var MS_PER_DAY = 86400000;
  var ARRAYS = { f4: Float32Array, u1: Uint8Array, u2: Uint16Array, u4: Uint32Array };

  function isoDay(epochDay) {
    return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
  }

  function base64Bytes(b64) {
    var bin = atob(b64);
    var n = bin.length;
    var bytes = new Uint8Array(n);
    for (var i = 0; i < n; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }

  /** gzip bytes -> Promise of an ArrayBuffer (the browser's own DecompressionStream). */
  function gunzip(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).arrayBuffer();
  }

  /** An uncompressed pack -> {header, columns}; columns are views on the buffer (no copy). */
  function parsePack(buf) {
    var head = new Uint8Array(buf, 0, 4);
    if (String.fromCharCode(head[0], head[1], head[2], head[3]) !== "BMEV") throw new Error("not an event pack");
    var size = new DataView(buf).getUint32(4, true);
    var header = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 8, size)));
    var base = 8 + size, cols = {};
    header.columns.forEach(function (c) {
      cols[c.name] = new ARRAYS[c.dtype](buf, base + c.offset, header.n);
    });
    return { header: header, columns: cols };
  }

  /**
   * The inflated details (layers/events.py details_blob: {fields, blocks: [{ids, values}]},
   * column-wise) -> a reader: rows(id) gives that event's [[label, text], ...] or null.
   */
  function detailsReader(doc) {
    var where = new Map(), starts = [], pos = 0;
    doc.blocks.forEach(function (block) {
      starts.push(pos);
      for (var k = 0; k < block.ids.length; k++) where.set(block.ids[k], pos + k);
      pos += block.ids.length;
    });
    return {
      size: pos,
      rows: function (id) {
        var at = where.get(Number(id));
        if (at === undefined) return null;
        var b = starts.length - 1;
        while (starts[b] > at) b--;
        var block = doc.blocks[b], k = at - starts[b], out = [];
        for (var f = 0; f < doc.fields.length; f++) {
          var text = block.values[f][k];
          if (text) out.push([doc.fields[f], text]);
        }
        return out;
      }
    };
  }

  /** Codes allowed by a list of names (null: no restriction -> null; [] -> nothing). */
  function allowed(names, dictionary) {
    if (names === null || names === undefined) return null;
    var want = {};
    names.forEach(function (v) { want[v] = 1; });
    var ok = new Uint8Array(dictionary.length + 1);
    for (var i = 0; i < dictionary.length; i++) {
      var name = typeof dictionary[i] === "string" ? dictionary[i] : dictionary[i].label;
      if (want[name]) ok[i] = 1;
    }
    return ok;
  }

  /** Append one symbol to the current path (callers batch many into one fill). */
  function addShape(ctx, shape, x, y, r) {
    if (shape === "square") {
      ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
    } else if (shape === "diamond") {
      ctx.moveTo(x, y - r * 1.2); ctx.lineTo(x + r * 1.2, y);
      ctx.lineTo(x, y + r * 1.2); ctx.lineTo(x - r * 1.2, y); ctx.closePath();
    } else if (shape === "triangle") {
      ctx.moveTo(x, y - r * 1.2); ctx.lineTo(x + r * 1.1, y + r * 0.8);
      ctx.lineTo(x - r * 1.1, y + r * 0.8); ctx.closePath();
    } else {
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
    }
  }

  /** How uncertainty rings are drawn (L.BriefmapEvents.setRingMode); the first is the default. */
  var RING_MODES = ["faint", "strong", "off"];
  var RING_MODE_TEXT = {
    faint: ["Faint", "Rings faint; the one of the event under the cursor drawn strongly"],
    strong: ["Strong", "Every ring drawn strongly"],
    off: ["Off", "No uncertainty rings"]
  };
  var FAINTER = 0.7;  // a region-only (precision 3) ring's opacity, relative to a precision-2 one

  /** Stroke opacity of faint rings when n are in view: 0.6 for one, down to 0.15 for 16 or more. */
  function faintAlpha(n) {
    return Math.max(0.15, Math.min(0.6, 0.6 / Math.sqrt(Math.max(1, n))));
  }

  var EMPTY = { header: { n: 0, day0: 0, types: [], subtypes: [], actors: [], datasets: [], locs: [], ring_m: {} },
                columns: null };

  L.BriefmapEvents = L.Layer.extend({
    options: {
      pane: "briefmapEvents",
      clusterCell: 56,          // px: aggregation grid cell
      pointsBelow: 6000,        // draw points when at most this many are in view ...
      pointsFromZoom: 14,       // ... or from this zoom on
      maxRings: 400,            // uncertainty rings are drawn when at most this many are in view
      ringMode: "faint",        // uncertainty rings: "faint", "strong" or "off" (setRingMode)
      radius: 6,
      padding: 0.25,
      state: null               // the initial filter state (layers/event_pack.py filter_state)
    },

    /**
     * source: {url, n} (fetched), {inline: base64, gzip: true|false, n} (embedded), and
     * optionally details_gz: base64 of the events' details as gzip-compressed JSON, column-wise
     * (layers/events.py details_blob), for popups; inflated the first time it is needed.
     */
    initialize: function (source, options) {
      L.setOptions(this, options);
      this._source = source || {};
      this._expected = this._source.n || 0;
      this._hasDetails = typeof this._source.details_gz === "string";
      this._details = null;          // a detailsReader, once a click has needed the details
      this._detailsLoading = null;   // Promise of the above
      this._state = this.options.state || {};
      this._hits = null;
      this._loaded = false;
      this._use(EMPTY);
      var self = this;
      if (this._source.inline !== undefined && !this._source.gzip) {
        this._use(parsePack(base64Bytes(this._source.inline).buffer));   // synchronous: still images
      } else {
        var t0 = performance.now();
        var bytes = this._source.inline !== undefined
          ? Promise.resolve(base64Bytes(this._source.inline))
          : fetch(this._source.url, { credentials: "same-origin" }).then(function (resp) {
              if (!resp.ok) throw new Error("HTTP " + resp.status);
              return resp.arrayBuffer();
            });
        this._loading = bytes.then(gunzip).then(function (buf) {
          self._use(parsePack(buf));
          self.loadMs = performance.now() - t0;
        }).catch(function (err) {
          self._failed = String(err && err.message || err);
          self._showStatus("The events could not be loaded (" + self._failed + "). Reload the page to try again.");
          if (self._map) self._map.getContainer().setAttribute("data-events-loaded", "error");
        });
      }
    },

    /** Promise resolved once the events are loaded (at once for embedded, uncompressed packs). */
    whenLoaded: function () { return this._loading || Promise.resolve(); },

    _use: function (pack) {
      var h = pack.header, c = pack.columns;
      this._n = h.n;
      this._day0 = h.day0;
      this._types = h.types;
      this._dict = { subtypes: h.subtypes, actors: h.actors, datasets: h.datasets };
      this._locs = h.locs;
      this._ringM = h.ring_m || {};
      if (!c) {
        this._lat = this._lon = new Float32Array(0);
        this._day = new Uint16Array(0);
        this._type = this._prec = this._sub = this._a1 = this._a2 = this._ds = new Uint8Array(0);
        this._loc = this._rid = new Uint32Array(0);
        this._fat = new Uint16Array(0);
      } else {
        this._lat = c.lat; this._lon = c.lon; this._day = c.day; this._type = c.type; this._sub = c.sub;
        this._a1 = c.actor1; this._a2 = c.actor2; this._ds = c.dataset; this._prec = c.prec;
        this._loc = c.loc; this._rid = c.rid;
        this._fat = c.fat || new Uint16Array(h.n);
        this._loaded = true;
      }
      // Web Mercator, normalised to [0, 1): pixel = m * 256 * 2^zoom
      this._mx = new Float64Array(this._n);
      this._my = new Float64Array(this._n);
      for (var i = 0; i < this._n; i++) {
        var lat = Math.max(-85.05, Math.min(85.05, this._lat[i])) * Math.PI / 180;
        this._mx[i] = (this._lon[i] + 180) / 360;
        this._my[i] = (1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2;
      }
      this._vis = this._sx = this._sy = null;
      this._spriteCache = null;  // one symbol per event type: the types have changed
      this._applyFilter();
      if (this._loaded) {
        this._hideStatus();
        if (this._map) this._map.getContainer().setAttribute("data-events-loaded", "1");
        this.fire("load", { count: this._n });
        this._scheduleDraw();
      }
    },

    // ---- public API -------------------------------------------------------

    /**
     * Filter the events: {start, end} (days since 1970-01-01, inclusive; null: open),
     * {types, subtypes, actors, datasets} (lists of names; null: all). Actors match
     * actor 1 or actor 2, as on the server (filters/events.py).
     */
    setFilter: function (state) {
      this._state = state || {};
      this._applyFilter();
      this._scheduleDraw();
      return this;
    },
    getFilter: function () { return this._state; },

    /**
     * The Near filter: near = {url} (a published mask file) or {inline: base64} of a gzip-compressed
     * bit mask, one bit per event in the pack's order (layers/event_pack.py encode_mask), with
     * {n, key}; null lifts it. Until a new mask has arrived the map shows no events, so it never
     * shows events outside the distance asked for.
     */
    setNear: function (near) {
      var key = near ? (near.key || near.url || "inline") : null;
      if (key === this._nearKey) return this;
      this._nearKey = key;
      var self = this;
      if (!near) {
        this._near = null;
        this._nearPending = false;
        this._applyFilter();
        this._scheduleDraw();
        return this;
      }
      this._nearPending = true;
      this._near = new Uint8Array(0);
      this._applyFilter();
      this._scheduleDraw();
      var bytes = near.inline !== undefined ? Promise.resolve(base64Bytes(near.inline))
        : fetch(near.url, { credentials: "same-origin" }).then(function (resp) {
            if (!resp.ok) throw new Error("HTTP " + resp.status);
            return resp.arrayBuffer();
          });
      bytes.then(gunzip).then(function (buf) {
        if (self._nearKey !== key) return;  // a newer Near has been asked for meanwhile
        self._near = new Uint8Array(buf);
        self._nearN = near.n;
        self._nearPending = false;
        self._whenPackThen(function () {
          self._applyFilter();
          self._scheduleDraw();
        });
      }).catch(function (err) {
        if (self._nearKey !== key) return;
        self._showStatus("The Near filter could not be loaded (" + String(err && err.message || err) +
          "). Reload the page to try again.");
      });
      return this;
    },

    _whenPackThen: function (fn) {
      if (this._loaded || !this._loading) fn();
      else this._loading.then(fn);
    },

    _applyFilter: function () {
      var s = this._state, n = this._n, t0 = performance.now();
      var okType = allowed(s.types, this._types), okSub = allowed(s.subtypes, this._dict.subtypes);
      var okActor = allowed(s.actors, this._dict.actors), okDs = allowed(s.datasets, this._dict.datasets);
      var near = this._near || null;
      if (near && this._nearN !== undefined && this._nearN !== n && !this._nearPending) near = new Uint8Array(0);
      if (!okType && !okSub && !okActor && !okDs && !near) {
        this._ok = null;
      } else {
        var ok = this._ok && this._ok.length === n ? this._ok : new Uint8Array(n);
        var type = this._type, sub = this._sub, a1 = this._a1, a2 = this._a2, ds = this._ds;
        var nt = okType ? okType.length : 0, ns = okSub ? okSub.length : 0;
        var na = okActor ? okActor.length : 0, nd = okDs ? okDs.length : 0;
        for (var i = 0; i < n; i++) {
          var v = 1;
          if (okType) v = type[i] < nt ? okType[type[i]] : 0;
          if (v && okSub) v = sub[i] < ns ? okSub[sub[i]] : 0;
          if (v && okActor) v = (a1[i] < na && okActor[a1[i]]) || (a2[i] < na && okActor[a2[i]]) ? 1 : 0;
          if (v && okDs) v = ds[i] < nd ? okDs[ds[i]] : 0;
          if (v && near) v = (i >> 3) < near.length ? (near[i >> 3] >> (i & 7)) & 1 : 0;
          ok[i] = v;
        }
        this._ok = ok;
      }
      var first = s.start === null || s.start === undefined ? 0 : s.start - this._day0;
      var last = s.end === null || s.end === undefined ? 65535 : s.end - this._day0;
      this._fw0 = Math.max(0, first);
      this._fw1 = Math.min(65535, last);
      this._w0 = this._fw0;
      this._w1 = this._fw1;
      this.filterMs = performance.now() - t0;
      this.fire("filterchange", { start: this._fw0, end: this._fw1 });
    },

    /** Draw only events whose day offset is within [d0, d1] (inclusive): playback's window. */
    setWindow: function (d0, d1) {
      this._w0 = d0;
      this._w1 = d1;
      this._scheduleDraw();
      this.fire("windowchange", { start: d0, end: d1 });
      return this;
    },
    /** The filter's date range, as day offsets: playback steps inside it. */
    getWindow: function () { return [this._fw0, this._fw1]; },
    isLoaded: function () { return this._loaded; },
    dayToIso: function (offset) { return isoDay(this._day0 + offset); },
    dayRange: function () {
      var lo = 65535, hi = 0;
      for (var i = 0; i < this._n; i++) {
        var d = this._day[i];
        if (d < lo) lo = d;
        if (d > hi) hi = d;
      }
      return this._n ? [lo, hi] : [0, 0];
    },
    /** Number of events the filter and window select (all of the map, not just the view). */
    countInWindow: function () {
      var c = 0, ok = this._ok;
      for (var i = 0; i < this._n; i++) {
        if (ok && !ok[i]) continue;
        if (this._day[i] >= this._w0 && this._day[i] <= this._w1) c++;
      }
      return c;
    },

    _showStatus: function (text) {
      if (!this._map) return;
      if (!this._status) this._status = L.DomUtil.create("div", "briefmap-loading", this._map.getContainer());
      this._status.textContent = text;
      this._status.setAttribute("role", "status");
    },
    _hideStatus: function () {
      if (this._status) L.DomUtil.remove(this._status);
      this._status = null;
    },

    // ---- Leaflet layer lifecycle -----------------------------------------

    onAdd: function (map) {
      if (!map.getPane(this.options.pane)) {
        var pane = map.createPane(this.options.pane);
        pane.style.zIndex = 450;
        pane.style.pointerEvents = "none";
      }
      this._canvas = L.DomUtil.create("canvas", "briefmap-events-canvas leaflet-zoom-hide");
      map.getPane(this.options.pane).appendChild(this._canvas);
      this._tooltip = L.DomUtil.create("div", "briefmap-event-tooltip", map.getContainer());
      this._tooltip.style.display = "none";
      map.on("moveend zoomend resize viewreset", this._reset, this);
      map.on("mousemove", this._onMouseMove, this);
      map.on("mouseout", this._hideTooltip, this);
      map.on("click", this._onClick, this);
      var container = map.getContainer();
      if (this._failed) {
        this._showStatus("The events could not be loaded (" + this._failed + "). Reload the page to try again.");
        container.setAttribute("data-events-loaded", "error");
      } else if (!this._loaded && this._expected) {
        this._showStatus("Loading " + this._expected.toLocaleString("en-GB") + " events\u2026");
        container.setAttribute("data-events-loaded", "0");
      } else {
        container.setAttribute("data-events-loaded", "1");
      }
      this._reset();
    },

    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      L.DomUtil.remove(this._tooltip);
      map.off("moveend zoomend resize viewreset", this._reset, this);
      map.off("mousemove", this._onMouseMove, this);
      map.off("mouseout", this._hideTooltip, this);
      map.off("click", this._onClick, this);
      map.getContainer().style.cursor = "";
      this._hideStatus();
      this._hits = null;
    },

    _reset: function () {
      var map = this._map;
      var size = map.getSize();
      var pad = size.multiplyBy(this.options.padding).round();
      var topLeft = map.containerPointToLayerPoint(pad.multiplyBy(-1)).round();
      this._pad = pad;
      this._size = size.add(pad.multiplyBy(2));
      var ratio = window.devicePixelRatio || 1;
      this._ratio = ratio;
      this._canvas.width = this._size.x * ratio;
      this._canvas.height = this._size.y * ratio;
      this._canvas.style.width = this._size.x + "px";
      this._canvas.style.height = this._size.y + "px";
      L.DomUtil.setPosition(this._canvas, topLeft);
      this._draw();
    },

    _scheduleDraw: function () {
      if (!this._map || this._frame) return;
      var self = this;
      this._frame = L.Util.requestAnimFrame(function () {
        self._frame = null;
        if (self._map) self._draw();
      });
    },

    // ---- drawing ------------------------------------------------------------

    _draw: function () {
      var map = this._map, started = performance.now();
      var ctx = this._canvas.getContext("2d");
      var ratio = this._ratio;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, this._size.x, this._size.y);

      var zoom = map.getZoom();
      var scale = 256 * Math.pow(2, zoom);
      // container pixel (0,0) in world pixels, minus padding
      var origin = map.containerPointToLayerPoint([0, 0]).add(map.getPixelOrigin()).subtract(this._pad);
      var ox = origin.x, oy = origin.y, W = this._size.x, H = this._size.y;

      // pass 1: cull by window and view
      var vis = this._vis && this._vis.length >= this._n ? this._vis : (this._vis = new Uint32Array(this._n));
      var sx = this._sx && this._sx.length >= this._n ? this._sx : (this._sx = new Float32Array(this._n));
      var sy = this._sy && this._sy.length >= this._n ? this._sy : (this._sy = new Float32Array(this._n));
      var nv = 0, nw = 0, w0 = this._w0, w1 = this._w1, day = this._day, mx = this._mx, my = this._my;
      var ok = this._ok;
      for (var i = 0; i < this._n; i++) {
        if (ok !== null && !ok[i]) continue;
        var d = day[i];
        if (d < w0 || d > w1) continue;
        nw++;
        var x = mx[i] * scale - ox, y = my[i] * scale - oy;
        if (x < -40 || y < -40 || x > W + 40 || y > H + 40) continue;
        vis[nv] = i; sx[nv] = x; sy[nv] = y; nv++;
      }
      this._drawn = nv;
      var pointsMode = zoom >= this.options.pointsFromZoom || nv <= this.options.pointsBelow;
      if (pointsMode) this._drawPoints(ctx, nv, zoom);
      else this._drawClusters(ctx, nv);
      this._selected = nw;
      map.getContainer().setAttribute("data-events-count", String(nw));
      map.getContainer().setAttribute("data-events-drawn", String(nv));
      map.getContainer().setAttribute("data-events-mode", pointsMode ? "points" : "clusters");
      this.drawMs = performance.now() - started;
      this.fire("drawn", { count: nv, selected: nw, mode: pointsMode ? "points" : "clusters" });
    },

    _metresPerPixel: function () {
      var map = this._map;
      var lat = map.getCenter().lat * Math.PI / 180;
      return 40075016.686 * Math.cos(lat) / (256 * Math.pow(2, map.getZoom()));
    },

    // ---- uncertainty rings -----------------------------------------------------
    //
    // An event located only roughly (ACLED geo_precision 2 or 3) has a ring of that
    // uncertainty, 10 or 30 km: drawn as strongly as the points, a few of them cover
    // most of Idlib. By default ("faint") they are thin, dashed and unfilled, fainter
    // the more are in view and fainter still for region-only ones; the ring of the
    // event under the cursor (or last clicked) is drawn at full strength, lightly
    // filled, with its radius written beside it. "strong" draws every ring at full
    // strength (the earlier look), "off" none. Still images keep the default.
    // The map container reports data-rings-mode, data-events-rings (rings in view, or
    // "hidden" past maxRings), data-rings-alpha (a precision-2 ring's stroke opacity)
    // and data-rings-focus (highlighted rings drawn) with data-rings-focus-label.

    /** The ring mode: "faint" (the default), "strong" or "off". */
    getRingMode: function () { return this._ringMode || this.options.ringMode; },

    /** Choose how uncertainty rings are drawn: "faint", "strong" or "off"; fires 'ringmodechange'. */
    setRingMode: function (mode) {
      if (RING_MODES.indexOf(mode) < 0) throw new Error("unknown ring mode: " + mode);
      if (mode === this.getRingMode()) return this;
      this._ringMode = mode;
      if (this._map) this._map.getContainer().setAttribute("data-rings-mode", mode);
      this._scheduleDraw();
      this.fire("ringmodechange", { mode: mode });
      return this;
    },

    /** Map events Leaflet attaches while the layer is on a map (and detaches on removal). */
    getEvents: function () {
      return { mousemove: this._ringsOnMove, mouseout: this._ringsOnOut, click: this._ringsOnClick };
    },

    _ringsOnMove: function (e) {
      var hit = this._pick(e.containerPoint);
      this._setRingFocus("_ringHover", hit && hit.events ? hit.events : null);
    },
    _ringsOnOut: function () { this._setRingFocus("_ringHover", null); },
    /** A click on an event keeps its ring highlighted; a click elsewhere lets it go. */
    _ringsOnClick: function (e) {
      var hit = this._pick(e.containerPoint);
      this._setRingFocus("_ringPinned", hit && hit.events ? hit.events : null);
    },

    /** Put the events (indices) with a ring in focus slot `slot`; redraw if that changes it. */
    _setRingFocus: function (slot, events) {
      var ringed = [];
      for (var m = 0; events && m < events.length && m < 50; m++) {
        if (this._ringM[this._prec[events[m]]]) ringed.push(events[m]);
      }
      var before = this[slot] || [];
      if (before.join() === ringed.join()) return;
      this[slot] = ringed;
      if (this.getRingMode() !== "off") this._scheduleDraw();
    },

    _ringFocus: function () {
      var focus = {}, n = this._n;
      [this._ringHover, this._ringPinned].forEach(function (list) {
        (list || []).forEach(function (i) { if (i < n) focus[i] = 1; });
      });
      return focus;
    },

    /** The rings of the nv events in view (before the points, which go on top). */
    _drawRings: function (ctx, nv) {
      var container = this._map.getContainer(), mode = this.getRingMode();
      var vis = this._vis, sx = this._sx, sy = this._sy, prec = this._prec, ringM = this._ringM;
      var mpp = this._metresPerPixel(), minR = this.options.radius + 3, maxRings = this.options.maxRings;
      var focus = this._ringFocus();
      // one ring per place and radius (events at one spot share it); past maxRings in view
      // the others are left out, to stay fast and readable, but a highlighted one is still drawn
      var rings = [], focused = [], seen = {}, over = false;
      for (var k = 0; k < nv && mode !== "off"; k++) {
        var i = vis[k], metres = ringM[prec[i]];
        if (!metres || (over && !focus[i])) continue;
        var rp = metres / mpp;
        if (rp < minR || rp > 4000) continue;
        var key = Math.round(sx[k]) + "," + Math.round(sy[k]) + "," + prec[i];
        var ring = { x: sx[k], y: sy[k], r: rp, metres: metres, prec: prec[i], color: this._types[this._type[i]].color };
        if (focus[i]) {
          if (seen["f" + key] === undefined) { seen["f" + key] = 1; focused.push(ring); }
        } else if (seen[key] === undefined) {
          seen[key] = 1;
          rings.push(ring);
          if (rings.length > maxRings) over = true;
        }
      }
      if (over) rings = [];
      var alpha = mode === "strong" ? 0.8 : faintAlpha(rings.length + focused.length);
      ctx.save();
      for (var q = 0; q < rings.length; q++) {
        var g = rings[q];
        ctx.beginPath();
        ctx.arc(g.x, g.y, g.r, 0, 2 * Math.PI);
        ctx.strokeStyle = ctx.fillStyle = g.color;
        if (mode === "strong") {  // the earlier look: every ring dashed, firm and filled
          ctx.setLineDash([5, 4]);
          ctx.lineWidth = 1.5;
          ctx.globalAlpha = g.prec >= 3 ? 0.45 : 0.8;
          ctx.stroke();
          ctx.globalAlpha = g.prec >= 3 ? 0.025 : 0.06;
          ctx.fill();
        } else {
          ctx.setLineDash([4, 4]);
          ctx.lineWidth = 1;
          ctx.globalAlpha = g.prec >= 3 ? alpha * FAINTER : alpha;
          ctx.stroke();
        }
      }
      var labels = [];
      for (var f = 0; f < focused.length; f++) {
        var h = focused[f];
        ctx.beginPath();
        ctx.arc(h.x, h.y, h.r, 0, 2 * Math.PI);
        ctx.strokeStyle = ctx.fillStyle = h.color;
        ctx.globalAlpha = 0.1;
        ctx.fill();
        ctx.setLineDash([7, 4]);
        ctx.lineWidth = 2;
        ctx.globalAlpha = 0.95;
        ctx.stroke();
        labels.push(this._ringLabel(ctx, h));
      }
      ctx.restore();
      container.setAttribute("data-rings-mode", mode);
      container.setAttribute("data-events-rings", over ? "hidden" : String(rings.length + focused.length));
      container.setAttribute("data-rings-alpha", mode === "off" || over ? "0" : alpha.toFixed(2));
      container.setAttribute("data-rings-focus", String(focused.length));
      container.setAttribute("data-rings-focus-label", labels.join(" "));
    },

    /**
     * Write a highlighted ring's radius ("±10 km") just below it (the tooltip opens above
     * the cursor), above it when the bottom is out of view, kept inside the map.
     */
    _ringLabel: function (ctx, ring) {
      var text = "\u00b1" + Math.round(ring.metres / 1000) + " km";
      var size = this._map.getSize(), pad = this._pad;
      var x = Math.min(Math.max(ring.x, pad.x + 30), pad.x + size.x - 30);
      var y = ring.y + ring.r + 15;
      if (y > pad.y + size.y - 4) y = ring.y - ring.r - 5;   // the bottom is out of view: above it
      if (y < pad.y + 16) y = Math.min(pad.y + size.y - 4, ring.y + 24);  // both out: by the event
      ctx.setLineDash([]);
      ctx.globalAlpha = 1;
      ctx.font = "bold 13px sans-serif";
      ctx.textAlign = "center";
      ctx.textBaseline = "alphabetic";
      ctx.lineJoin = "round";
      ctx.lineWidth = 4;
      ctx.strokeStyle = "rgba(255,255,255,0.95)";
      ctx.strokeText(text, x, y);
      ctx.fillStyle = "#222";
      ctx.fillText(text, x, y);
      return text;
    },

    _drawPoints: function (ctx, nv, zoom) {
      var vis = this._vis, sx = this._sx, sy = this._sy;
      var r = this.options.radius;
      // uncertainty rings first, under the points (see _drawRings)
      this._drawRings(ctx, nv);
      // points, one path per event type (a fill and a stroke per type, not per point);
      // where several share a spot, offset them on a small spiral so all stay visible
      var spread = nv < 20000;
      var seen = spread ? new Map() : null;
      for (var k2 = 0; k2 < nv; k2++) {
        if (!spread) break;
        var key = Math.round(sx[k2]) * 100003 + Math.round(sy[k2]);
        var dup = seen.get(key) || 0;
        seen.set(key, dup + 1);
        if (dup) {
          var ang = dup * 2.4, rad = 5 + 2.2 * Math.sqrt(dup);
          sx[k2] += Math.cos(ang) * rad;
          sy[k2] += Math.sin(ang) * rad;
        }
      }
      // each point is a copy of its type's pre-drawn symbol: far cheaper than a path each
      var sprites = this._sprites(r), half = sprites.half, typeOf = this._type;
      for (var k3 = 0; k3 < nv; k3++) {
        ctx.drawImage(sprites.images[typeOf[vis[k3]]], Math.round(sx[k3] - half), Math.round(sy[k3] - half),
                      sprites.size, sprites.size);
      }
      this._hits = { kind: "points", count: nv };
    },

    /** One small canvas per event type with its symbol drawn once (fill and white outline). */
    _sprites: function (r) {
      var ratio = this._ratio;
      if (this._spriteCache && this._spriteCache.r === r && this._spriteCache.ratio === ratio) return this._spriteCache;
      var size = Math.ceil(2 * r * 1.25 + 4), images = [];
      for (var t = 0; t < this._types.length; t++) {
        var c = document.createElement("canvas");
        c.width = c.height = Math.ceil(size * ratio);
        var g = c.getContext("2d");
        g.scale(ratio, ratio);
        g.beginPath();
        addShape(g, this._types[t].shape, size / 2, size / 2, r);
        g.fillStyle = this._types[t].color;
        g.fill();
        g.lineWidth = 1.5;
        g.strokeStyle = "#ffffff";
        g.stroke();
        images.push(c);
      }
      this._spriteCache = { r: r, ratio: ratio, size: size, half: size / 2, images: images };
      return this._spriteCache;
    },

    _drawClusters: function (ctx, nv) {
      var cell = this.options.clusterCell;
      var cols = Math.ceil((this._size.x + 80) / cell) + 1;
      var rows = Math.ceil((this._size.y + 80) / cell) + 1;
      var ncell = cols * rows, nt = this._types.length;
      var count = new Uint32Array(ncell), sumx = new Float64Array(ncell), sumy = new Float64Array(ncell);
      var byType = new Uint32Array(ncell * nt);
      var vis = this._vis, sx = this._sx, sy = this._sy, type = this._type;
      for (var k = 0; k < nv; k++) {
        var c = Math.floor((sy[k] + 40) / cell) * cols + Math.floor((sx[k] + 40) / cell);
        count[c]++; sumx[c] += sx[k]; sumy[c] += sy[k];
        byType[c * nt + type[vis[k]]]++;
      }
      var clusters = [];
      for (var c2 = 0; c2 < ncell; c2++) {
        if (!count[c2]) continue;
        clusters.push({ cell: c2, n: count[c2], x: sumx[c2] / count[c2], y: sumy[c2] / count[c2] });
      }
      var types = this._types;
      ctx.font = "bold 12px sans-serif";
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      for (var q = 0; q < clusters.length; q++) {
        var cl = clusters[q];
        var rad = Math.min(30, 9 + 3.2 * Math.log2(cl.n + 1));
        cl.r = rad;
        var start = -Math.PI / 2;
        for (var t = 0; t < nt; t++) {
          var v = byType[cl.cell * nt + t];
          if (!v) continue;
          var end = start + 2 * Math.PI * v / cl.n;
          ctx.beginPath();
          ctx.moveTo(cl.x, cl.y);
          ctx.arc(cl.x, cl.y, rad, start, end);
          ctx.closePath();
          ctx.fillStyle = types[t].color;
          ctx.globalAlpha = 0.9;
          ctx.fill();
          start = end;
        }
        ctx.globalAlpha = 1;
        ctx.beginPath();
        ctx.arc(cl.x, cl.y, rad * 0.58, 0, 2 * Math.PI);
        ctx.fillStyle = "rgba(255,255,255,0.92)";
        ctx.fill();
        ctx.beginPath();
        ctx.arc(cl.x, cl.y, rad, 0, 2 * Math.PI);
        ctx.strokeStyle = "#333";
        ctx.lineWidth = 1;
        ctx.stroke();
        ctx.fillStyle = "#111";
        ctx.fillText(cl.n >= 10000 ? Math.round(cl.n / 1000) + "k" : String(cl.n), cl.x, cl.y + 0.5);
        cl.byType = [];
        for (var t2 = 0; t2 < nt; t2++) cl.byType.push(byType[cl.cell * nt + t2]);
      }
      this._hits = { kind: "clusters", clusters: clusters };
    },

    // ---- interaction ---------------------------------------------------------

    _pick: function (containerPoint) {
      var hits = this._hits;
      if (!hits) return null;
      var x = containerPoint.x + this._pad.x, y = containerPoint.y + this._pad.y;
      if (hits.kind === "clusters") {
        for (var q = 0; q < hits.clusters.length; q++) {
          var cl = hits.clusters[q];
          var dx = cl.x - x, dy = cl.y - y;
          if (dx * dx + dy * dy <= cl.r * cl.r) return { cluster: cl };
        }
        return null;
      }
      // a linear scan of the drawn points: well under a millisecond for 100k
      var found = [], r = this.options.radius + 3, rr = r * r;
      var sx = this._sx, sy = this._sy, vis = this._vis;
      for (var k = 0; k < hits.count; k++) {
        var ddx = sx[k] - x, ddy = sy[k] - y;
        if (ddx * ddx + ddy * ddy <= rr) found.push(vis[k]);
      }
      return found.length ? { events: found } : null;
    },

    _onMouseMove: function (e) {
      var hit = this._pick(e.containerPoint);
      var container = this._map.getContainer();
      if (!hit) {
        this._hideTooltip();
        return;
      }
      container.style.cursor = "pointer";
      var tip = this._tooltip;
      tip.textContent = "";
      if (hit.cluster) {
        var cl = hit.cluster;
        var head = document.createElement("b");
        head.textContent = cl.n + " events — click to zoom in";
        tip.appendChild(head);
        for (var t = 0; t < this._types.length; t++) {
          if (!cl.byType[t]) continue;
          var row = document.createElement("div");
          row.textContent = this._types[t].label + ": " + cl.byType[t];
          tip.appendChild(row);
        }
      } else {
        var i = hit.events[0];
        var d = document.createElement("b");
        d.textContent = isoDay(this._day0 + this._day[i]);
        tip.appendChild(d);
        var ty = document.createElement("div");
        ty.textContent = this._types[this._type[i]].label;
        tip.appendChild(ty);
        var pl = document.createElement("div");
        pl.textContent = this._locs[this._loc[i]];
        tip.appendChild(pl);
        if (hit.events.length > 1) {
          var more = document.createElement("div");
          more.className = "briefmap-more";
          more.textContent = "+ " + (hit.events.length - 1) + " more here";
          tip.appendChild(more);
        }
      }
      tip.style.display = "block";
      var p = e.containerPoint;
      var size = this._map.getSize();
      tip.style.left = Math.min(p.x + 14, size.x - tip.offsetWidth - 4) + "px";
      tip.style.top = Math.max(4, p.y - tip.offsetHeight - 10) + "px";
    },

    _hideTooltip: function () {
      if (this._tooltip) this._tooltip.style.display = "none";
      if (this._map) this._map.getContainer().style.cursor = "";
    },

    _onClick: function (e) {
      var mode = this._map.getContainer().classList;
      if (mode.contains("briefmap-picking") || mode.contains("briefmap-drawing")) return;  // a Near point, a shape
      var hit = this._pick(e.containerPoint);
      if (!hit) return;
      if (hit.cluster) {
        this._map.setView(this._map.containerPointToLatLng(
          L.point(hit.cluster.x - this._pad.x, hit.cluster.y - this._pad.y)), this._map.getZoom() + 2);
        return;
      }
      var ids = [];
      for (var m = 0; m < hit.events.length && m < 50; m++) ids.push(this._rid[hit.events[m]]);
      var first = hit.events[0];
      var latlng = L.latLng(this._lat[first], this._lon[first]);
      this.fire("click", { latlng: latlng, eventIds: ids });
      if (window.briefmapReport) window.briefmapReport(this._map, { clicked: ids });
      if (this._hasDetails) this._openDetails(latlng, ids);
    },

    /** Promise of the embedded details: inflated and parsed once, at the first click. */
    _loadDetails: function () {
      if (!this._detailsLoading) {
        var self = this, t0 = performance.now();
        this._setDetailsState("loading");
        this._detailsLoading = gunzip(base64Bytes(this._source.details_gz)).then(function (buf) {
          self._details = detailsReader(JSON.parse(new TextDecoder().decode(buf)));
          self.detailsMs = performance.now() - t0;
          self._setDetailsState("1");
          return self._details;
        });
        this._detailsLoading.catch(function () { self._setDetailsState("error"); });
      }
      return this._detailsLoading;
    },

    _setDetailsState: function (state) {
      if (this._map) this._map.getContainer().setAttribute("data-event-details", state);
    },

    /**
     * A popup with the records of ids. The first time, the details are inflated first; if
     * that takes noticeable time a "Loading details…" popup stands in. A later click, or
     * closing that popup, wins over a slow first one.
     */
    _openDetails: function (latlng, ids) {
      var self = this, token = {};
      this._detailsToken = token;
      if (this._details) {
        this._showDetails(latlng, ids);
        return;
      }
      var waiting = null;
      var timer = setTimeout(function () {
        if (self._detailsToken !== token || !self._map) return;
        var note = document.createElement("div");
        note.className = "briefmap-event-details-loading";
        note.textContent = "Loading details\u2026";
        waiting = L.popup({ maxWidth: 420, maxHeight: 360 }).setLatLng(latlng).setContent(note).openOn(self._map);
      }, 100);
      this._loadDetails().then(function () {
        clearTimeout(timer);
        if (self._detailsToken !== token || !self._map) return;
        if (waiting && !self._map.hasLayer(waiting)) return;   // closed while loading
        self._showDetails(latlng, ids);
      }, function (err) {
        clearTimeout(timer);
        if (self._detailsToken !== token || !self._map) return;
        var box = document.createElement("div");
        box.className = "briefmap-event-details-error";
        box.textContent = "The event details could not be read (" + String(err && err.message || err) + ").";
        L.popup({ maxWidth: 420 }).setLatLng(latlng).setContent(box).openOn(self._map);
      });
    },

    _showDetails: function (latlng, ids) {
      var box = document.createElement("div");
      box.className = "briefmap-event-details";
      for (var m = 0; m < ids.length; m++) {
        var rec = this._details.rows(ids[m]);
        if (!rec) continue;
        var table = document.createElement("table");
        for (var f = 0; f < rec.length; f++) {
          var tr = document.createElement("tr");
          var th = document.createElement("th");
          th.textContent = rec[f][0];
          var td = document.createElement("td");
          td.textContent = rec[f][1];
          tr.appendChild(th); tr.appendChild(td); table.appendChild(tr);
        }
        box.appendChild(table);
      }
      L.popup({ maxWidth: 420, maxHeight: 360 }).setLatLng(latlng).setContent(box).openOn(this._map);
    }
  });

  L.briefmapEvents = function (data, options) { return new L.BriefmapEvents(data, options); };

  // the ring mode is on the map container from the start, whatever is drawn (points or clusters)
  L.BriefmapEvents.addInitHook(function () {
    this.on("add", function () { this._map.getContainer().setAttribute("data-rings-mode", this.getRingMode()); }, this);
  });

  /**
   * L.Control.BriefmapRings: a small switch for the event layer's uncertainty rings,
   * faint (the default) / strong / off. The mode is held on the layer; the control
   * only shows it, and hides itself while the layer is off the map.
   */
  L.Control.BriefmapRings = L.Control.extend({
    options: { position: "bottomright", title: "Rings" },

    initialize: function (layer, options) {
      L.setOptions(this, options);
      this._layer = layer;
    },

    onAdd: function (map) {
      var root = L.DomUtil.create("div", "leaflet-control briefmap-rings");
      L.DomEvent.disableClickPropagation(root);
      L.DomEvent.disableScrollPropagation(root);
      root.setAttribute("role", "radiogroup");
      root.setAttribute("aria-label", "Location uncertainty rings");
      root.title = "Rings around events located only roughly: ±10 km near a place, ±30 km region only";
      var head = L.DomUtil.create("span", "briefmap-rings-title", root);
      head.textContent = this.options.title;
      this._buttons = {};
      var layer = this._layer, self = this;
      RING_MODES.forEach(function (mode) {
        var b = L.DomUtil.create("button", "briefmap-rings-btn", root);
        b.type = "button";
        b.textContent = RING_MODE_TEXT[mode][0];
        b.title = RING_MODE_TEXT[mode][1];
        b.setAttribute("role", "radio");
        b.setAttribute("data-mode", mode);
        L.DomEvent.on(b, "click", function (e) { L.DomEvent.stop(e); layer.setRingMode(mode); });
        self._buttons[mode] = b;
      });
      layer.on("ringmodechange", this._sync, this);
      layer.on("add remove", this._shown, this);
      this._sync();
      root.style.display = map.hasLayer(layer) ? "" : "none";
      return root;
    },

    onRemove: function () {
      this._layer.off("ringmodechange", this._sync, this);
      this._layer.off("add remove", this._shown, this);
    },

    _sync: function () {
      var mode = this._layer.getRingMode();
      for (var m in this._buttons) {
        this._buttons[m].setAttribute("aria-checked", String(m === mode));
        this._buttons[m].classList.toggle("briefmap-rings-on", m === mode);
      }
    },

    _shown: function (e) {
      this.getContainer().style.display = e.type === "add" ? "" : "none";
    }
  });
  L.control.briefmapRings = function (layer, options) { return new L.Control.BriefmapRings(layer, options); };
})();
