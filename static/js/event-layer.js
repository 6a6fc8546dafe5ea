/*
 * L.BriefmapEvents: a canvas layer for conflict events, built for 100k+ points.
 *
 * Data arrive once as compact columns (base64 typed arrays): position, day,
 * event type, location precision, location name index and the row id of the
 * event in the Python table. The layer draws on one canvas:
 *   - zoomed out, events are aggregated in a screen grid; each cell is a pie of
 *     event types with its count;
 *   - zoomed in (or when few are visible), each event is drawn with its type's
 *     colour and shape, and events located only roughly (ACLED geo_precision 2
 *     or 3) get a dashed ring of that uncertainty.
 * The time window is a client-side filter (setWindow), so playback needs no
 * server round trip. Hover shows a tooltip; a click fires a 'click' event whose
 * sourceTarget carries "evt:<row ids>" for streamlit-folium, and, when details
 * are embedded (standalone export), opens a popup with the full records.
 * All text is put into the DOM with textContent, never as HTML.
 */
(function () {
  "use strict";

  function decode(b64, Type) {
    var bin = atob(b64);
    var n = bin.length;
    var bytes = new Uint8Array(n);
    for (var i = 0; i < n; i++) bytes[i] = bin.charCodeAt(i);
    return new Type(bytes.buffer);
  }

  var MS_PER_DAY = 86400000;

  function isoDay(epochDay) {
    return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
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

  L.BriefmapEvents = L.Layer.extend({
    options: {
      pane: "briefmapEvents",
      clusterCell: 56,          // px: aggregation grid cell
      pointsBelow: 6000,        // draw points when at most this many are in view ...
      pointsFromZoom: 14,       // ... or from this zoom on
      maxRings: 400,            // uncertainty rings are drawn when at most this many are in view
      radius: 6,
      padding: 0.25
    },

    initialize: function (data, options) {
      L.setOptions(this, options);
      this._n = data.n;
      this._day0 = data.day0;
      this._types = data.types;
      this._locs = data.locs;
      this._ringM = data.ring_m || {};
      this._details = data.details || null;
      this._lat = data.n ? decode(data.lat, Float32Array) : new Float32Array(0);
      this._lon = data.n ? decode(data.lon, Float32Array) : new Float32Array(0);
      this._day = data.n ? decode(data.day, Uint16Array) : new Uint16Array(0);
      this._type = data.n ? decode(data.type, Uint8Array) : new Uint8Array(0);
      this._prec = data.n ? decode(data.prec, Uint8Array) : new Uint8Array(0);
      this._loc = data.n ? decode(data.loc, data.loc_bytes === 4 ? Uint32Array : Uint16Array) : new Uint16Array(0);
      this._rid = data.n ? decode(data.rid, Uint32Array) : new Uint32Array(0);
      // Web Mercator, normalised to [0, 1): pixel = m * 256 * 2^zoom
      this._mx = new Float64Array(this._n);
      this._my = new Float64Array(this._n);
      for (var i = 0; i < this._n; i++) {
        var lat = Math.max(-85.05, Math.min(85.05, this._lat[i])) * Math.PI / 180;
        this._mx[i] = (this._lon[i] + 180) / 360;
        this._my[i] = (1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2;
      }
      var w = data.window || [0, 65535];
      this._w0 = w[0];
      this._w1 = w[1];
      this._hits = null;
      this._hover = null;
    },

    // ---- public API -------------------------------------------------------

    /** Show only events whose day offset is within [d0, d1] (inclusive). */
    setWindow: function (d0, d1) {
      this._w0 = d0;
      this._w1 = d1;
      this._scheduleDraw();
      this.fire("windowchange", { start: d0, end: d1 });
      return this;
    },
    getWindow: function () { return [this._w0, this._w1]; },
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
    /** Number of events in the current window (all of the map, not just the view). */
    countInWindow: function () {
      var c = 0;
      for (var i = 0; i < this._n; i++) if (this._day[i] >= this._w0 && this._day[i] <= this._w1) c++;
      return c;
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
      var map = this._map;
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
      var nv = 0, w0 = this._w0, w1 = this._w1, day = this._day, mx = this._mx, my = this._my;
      for (var i = 0; i < this._n; i++) {
        var d = day[i];
        if (d < w0 || d > w1) continue;
        var x = mx[i] * scale - ox, y = my[i] * scale - oy;
        if (x < -40 || y < -40 || x > W + 40 || y > H + 40) continue;
        vis[nv] = i; sx[nv] = x; sy[nv] = y; nv++;
      }
      this._drawn = nv;
      var pointsMode = zoom >= this.options.pointsFromZoom || nv <= this.options.pointsBelow;
      if (pointsMode) this._drawPoints(ctx, nv, zoom);
      else this._drawClusters(ctx, nv);
      map.getContainer().setAttribute("data-events-drawn", String(nv));
      map.getContainer().setAttribute("data-events-mode", pointsMode ? "points" : "clusters");
      this.fire("drawn", { count: nv, mode: pointsMode ? "points" : "clusters" });
    },

    _metresPerPixel: function () {
      var map = this._map;
      var lat = map.getCenter().lat * Math.PI / 180;
      return 40075016.686 * Math.cos(lat) / (256 * Math.pow(2, map.getZoom()));
    },

    _drawPoints: function (ctx, nv, zoom) {
      var vis = this._vis, sx = this._sx, sy = this._sy, types = this._types;
      var r = this.options.radius;
      var mpp = this._metresPerPixel();
      var ringM = this._ringM;
      // uncertainty rings first, under the points; a ring can cover most of the screen, so
      // they are drawn only when few enough are in view to stay fast and readable
      var ringed = 0;
      for (var q = 0; q < nv && ringed <= this.options.maxRings; q++) if (ringM[this._prec[vis[q]]]) ringed++;
      this._ringsShown = ringed <= this.options.maxRings;
      this._map.getContainer().setAttribute("data-events-rings", this._ringsShown ? String(ringed) : "hidden");
      ctx.setLineDash([5, 4]);
      ctx.lineWidth = 1.5;
      for (var k = 0; k < nv && this._ringsShown; k++) {
        var i = vis[k], metres = ringM[this._prec[i]];
        if (!metres) continue;
        var rp = metres / mpp;
        if (rp < r + 3 || rp > 4000) continue;
        var t = types[this._type[i]];
        ctx.beginPath();
        ctx.arc(sx[k], sy[k], rp, 0, 2 * Math.PI);
        ctx.strokeStyle = t.color;
        ctx.globalAlpha = this._prec[i] >= 3 ? 0.45 : 0.8;
        ctx.stroke();
        ctx.globalAlpha = this._prec[i] >= 3 ? 0.025 : 0.06;
        ctx.fillStyle = t.color;
        ctx.fill();
      }
      ctx.globalAlpha = 1;
      ctx.setLineDash([]);
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
      var content = "evt:" + ids.join(",");
      // streamlit-folium reads the clicked object's tooltip text: hand it the row ids
      var target = {
        _tooltip: { _content: content },
        getTooltip: function () { return { getContent: function () { return content; } }; }
      };
      this.fire("click", { latlng: latlng, sourceTarget: target, eventIds: ids });
      if (this._details) this._openDetails(latlng, ids);
    },

    _openDetails: function (latlng, ids) {
      var box = document.createElement("div");
      box.className = "briefmap-event-details";
      for (var m = 0; m < ids.length; m++) {
        var rec = this._details[ids[m]];
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
})();
