/*
 * L.BriefmapHexes: hexagon bins of the events the map has filtered, drawn in the browser.
 *
 * Two modes, one class:
 *   - "density": events (or reported fatalities) per hexagon in the selected window; it
 *     follows the filter, the Near filter and playback without asking the server;
 *   - "change": events per hexagon since the date of the last brief minus the same number of
 *     days just before it (the filter's other choices apply; its start date does not).
 *
 * The grid is analysis/hexbin.py's, with the same arithmetic: hexagons of equal true area on
 * the Lambert cylindrical equal-area projection (true scale at 35.8° N), pointy-top, axial
 * (q, r), circumradius chosen by zoom. Classes are analysis/hexbin.py class_breaks: rounded
 * geometric steps up to the largest value in the filter's whole window (so playback frames
 * keep one legend), on ColorBrewer YlOrRd (density) and RdBu (change), both colour-blind safe.
 *
 * The layer reads the events from the map's event layer (L.BriefmapEvents, registered with
 * map-state.js); its legend is a map control while the layer is on. Text is set with
 * textContent only.
 */
(function () {
  "use strict";

  var R = 6371007.2, LAT_TS = 35.8, LON_0 = 36.6, D2R = Math.PI / 180;
  var K = Math.cos(LAT_TS * D2R), SQRT3 = Math.sqrt(3);
  var SIZES = [500, 1000, 2000, 4000, 8000, 16000];
  var SEQ = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"];
  var DOWN = ["#2166ac", "#67a9cf", "#d1e5f0"], UP = ["#fddbc7", "#ef8a62", "#b2182b"], NEUTRAL = "#f7f7f7";

  function sizeForZoom(zoom) {
    var s = 8000 * Math.pow(2, 8 - Math.floor(zoom));
    return Math.min(SIZES[SIZES.length - 1], Math.max(SIZES[0], s));
  }

  /** analysis/hexbin.py cells(): lon/lat -> axial [q, r] (cube rounding). */
  function cellOf(lon, lat, size) {
    var x = R * K * ((lon - LON_0) * D2R), y = R * Math.sin(lat * D2R) / K;
    var qf = (SQRT3 / 3 * x - y / 3) / size, rf = (2 / 3 * y) / size, sf = -qf - rf;
    var q = Math.round(qf), r = Math.round(rf), s = Math.round(sf);
    // numpy rounds halves to even, Math.round up: make them agree
    if (Math.abs(qf % 1) === 0.5) q = 2 * Math.round(qf / 2);
    if (Math.abs(rf % 1) === 0.5) r = 2 * Math.round(rf / 2);
    if (Math.abs(sf % 1) === 0.5) s = 2 * Math.round(sf / 2);
    var dq = Math.abs(q - qf), dr = Math.abs(r - rf), ds = Math.abs(s - sf);
    if (dq > dr && dq > ds) q = -r - s;
    else if (dr > ds) r = -q - s;
    return [q, r];
  }

  function unproject(x, y) {
    return [Math.asin(Math.max(-1, Math.min(1, y * K / R))) / D2R, LON_0 + x / (R * K) / D2R];  // [lat, lon]
  }

  function vertices(q, r, size) {
    var cx = size * SQRT3 * (q + r / 2), cy = size * 1.5 * r, out = [];
    for (var k = 0; k < 6; k++) {
      var a = (k * 60 - 30) * D2R;
      out.push(unproject(cx + size * Math.cos(a), cy + size * Math.sin(a)));
    }
    return out;
  }

  function niceCeil(v) {
    if (v <= 1) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(v) + 1e-9)), cs = [1, 2, 5, 10];
    for (var i = 0; i < cs.length; i++) if (v <= cs[i] * p * (1 + 1e-9)) return Math.round(cs[i] * p);
    return Math.round(10 * p);
  }

  /** analysis/hexbin.py class_breaks(): upper bounds of up to k classes for 1..max. */
  function classBreaks(max, k) {
    max = Math.floor(max);
    if (max <= 0) return [];
    var out = [], i;
    if (max <= k) { for (i = 1; i <= max; i++) out.push(i); return out; }
    for (i = 1; i < k; i++) {
      var b = niceCeil(Math.pow(max, i / k));
      if (b < max && (!out.length || b > out[out.length - 1])) out.push(b);
    }
    out.push(max);
    return out;
  }

  function classOf(v, breaks) {
    for (var i = 0; i < breaks.length; i++) if (v <= breaks[i]) return i;
    return breaks.length - 1;
  }

  function rangeText(breaks, i) {
    var lo = i === 0 ? 1 : breaks[i - 1] + 1, hi = breaks[i];
    return lo === hi ? String(lo) : lo.toLocaleString("en-GB") + "–" + hi.toLocaleString("en-GB");
  }

  function isoLabel(day) {
    var d = new Date(day * 86400000);
    return d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  }

  L.BriefmapHexes = L.Layer.extend({
    options: { pane: "briefmapHexes", mode: "density", opacity: 0.75, by: "events", since: null },

    initialize: function (options) {
      L.setOptions(this, options);
      this._size = null;
      this._cellIdx = null;   // per event: its cell's index at this._size
      this._cq = this._cr = null;
    },

    /** {by: "events"|"fatalities", since: day (days since 1970-01-01) or null}. */
    setSettings: function (s) {
      var by = s.by || "events", since = s.since === undefined ? this.options.since : s.since;
      if (by === this.options.by && since === this.options.since) return this;
      this.options.by = by;
      this.options.since = since;
      this._update(true);
      return this;
    },

    onAdd: function (map) {
      if (!map.getPane(this.options.pane)) {
        var pane = map.createPane(this.options.pane);
        pane.style.zIndex = 405;  // over the basemap and areas' fill, under lines, labels and events
        pane.style.pointerEvents = "none";
      }
      this._canvas = L.DomUtil.create("canvas", "briefmap-hex-canvas leaflet-zoom-hide");
      map.getPane(this.options.pane).appendChild(this._canvas);
      this._legend = L.control({ position: "bottomleft" });
      var self = this;
      this._legend.onAdd = function () {
        var div = L.DomUtil.create("div", "briefmap-hex-legend leaflet-control");
        div.setAttribute("data-hex-legend", self.options.mode);
        L.DomEvent.disableClickPropagation(div);
        return div;
      };
      this._legend.addTo(map);
      map.on("moveend zoomend resize viewreset", this._onView, this);
      this._bind();
    },

    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      if (this._legend) this._legend.remove();
      map.off("moveend zoomend resize viewreset", this._onView, this);
      map.off("briefmapready", this._bind, this);
      if (this._src) this._src.off("filterchange windowchange load", this._onData, this);
      this._src = null;
      var c = map.getContainer();
      c.removeAttribute("data-hex-" + this.options.mode);
    },

    /** Find the map's event layer (map-state.js registers it); wait for it if need be. */
    _bind: function () {
      var map = this._map, maps = window.briefmapMaps || [];
      if (!map) return;
      for (var i = 0; i < maps.length; i++) {
        if (maps[i].map === map && maps[i].events) {
          this._src = maps[i].events;
          this._src.on("filterchange windowchange load", this._onData, this);
          this._update(true);
          return;
        }
      }
      map.once("briefmapready", this._bind, this);
      this._onView();
    },

    _onData: function (e) { this._update(!e || e.type !== "windowchange"); },
    _onView: function () { this._update(false); },

    /** Recount (and, when the filter changed, reclass) and draw. */
    _update: function (reclass) {
      if (!this._map) return;
      var map = this._map, size = map.getSize();
      var topLeft = map.containerPointToLayerPoint([0, 0]);
      L.DomUtil.setPosition(this._canvas, topLeft);
      var ratio = window.devicePixelRatio || 1;
      this._canvas.width = size.x * ratio;
      this._canvas.height = size.y * ratio;
      this._canvas.style.width = size.x + "px";
      this._canvas.style.height = size.y + "px";
      var ctx = this._canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, size.x, size.y);
      var ev = this._src;
      if (!ev || !ev.isLoaded()) { this._showLegend(null, ev ? "loading" : "missing"); return; }
      var hexSize = sizeForZoom(map.getZoom());
      if (hexSize !== this._size || this._cellIdx === null || this._cellIdx.length !== ev._n) {
        this._index(ev, hexSize);
        reclass = true;
      }
      var result = this.options.mode === "change" ? this._countChange(ev) : this._countDensity(ev, reclass);
      this._last = result;
      this._paint(ctx, result);
      this._showLegend(result);
    },

    _index: function (ev, size) {
      var n = ev._n, idx = new Int32Array(n), keys = new Map(), cq = [], cr = [];
      for (var i = 0; i < n; i++) {
        var c = cellOf(ev._lon[i], ev._lat[i], size), key = c[0] * 131072 + c[1];
        var j = keys.get(key);
        if (j === undefined) { j = cq.length; keys.set(key, j); cq.push(c[0]); cr.push(c[1]); }
        idx[i] = j;
      }
      this._size = size;
      this._cellIdx = idx;
      this._cq = cq;
      this._cr = cr;
      this._windowMax = null;
    },

    _countDensity: function (ev, reclass) {
      var n = ev._n, nc = this._cq.length, ok = ev._ok, day = ev._day, idx = this._cellIdx;
      var fat = this.options.by === "fatalities" ? ev._fat : null;
      var w0 = ev._w0, w1 = ev._w1, fw0 = ev._fw0, fw1 = ev._fw1;
      var now = new Float64Array(nc), whole = reclass || this._windowMax === null ? new Float64Array(nc) : null;
      for (var i = 0; i < n; i++) {
        if (ok && !ok[i]) continue;
        var d = day[i], v = fat ? fat[i] : 1;
        if (whole && d >= fw0 && d <= fw1) whole[idx[i]] += v;
        if (d >= w0 && d <= w1) now[idx[i]] += v;
      }
      if (whole) {
        var max = 0;
        for (var c = 0; c < nc; c++) if (whole[c] > max) max = whole[c];
        this._windowMax = max;
      }
      return { mode: "density", values: now, breaks: classBreaks(this._windowMax, 5) };
    },

    _countChange: function (ev) {
      var since = this.options.since;
      if (since === null || since === undefined) return { mode: "change", values: null, breaks: [] };
      if (since - ev._day0 > ev._fw1) return { mode: "change", values: null, breaks: [], days: 0 };
      var n = ev._n, nc = this._cq.length, ok = ev._ok, day = ev._day, idx = this._cellIdx;
      var s0 = since - ev._day0, s1 = ev._fw1, len = s1 - s0 + 1, b0 = s0 - len, b1 = s0 - 1;
      var a = new Float64Array(nc), b = new Float64Array(nc);
      for (var i = 0; i < n; i++) {
        if (ok && !ok[i]) continue;
        var d = day[i];
        if (d >= s0 && d <= s1) a[idx[i]] += 1;
        else if (d >= b0 && d <= b1) b[idx[i]] += 1;
      }
      var diff = new Float64Array(nc), touched = new Uint8Array(nc), max = 0;
      for (var c = 0; c < nc; c++) {
        diff[c] = a[c] - b[c];
        touched[c] = a[c] || b[c] ? 1 : 0;
        if (Math.abs(diff[c]) > max) max = Math.abs(diff[c]);
      }
      return { mode: "change", values: diff, touched: touched, breaks: classBreaks(max, 3), since: since,
               days: len, sinceTotal: a.reduce(function (x, y) { return x + y; }, 0),
               beforeTotal: b.reduce(function (x, y) { return x + y; }, 0) };
    },

    _colour: function (res, c) {
      var v = res.values[c];
      if (res.mode === "density") return v >= 1 ? SEQ[classOf(v, res.breaks)] : null;
      if (!res.touched[c]) return null;
      if (v === 0) return NEUTRAL;
      var k = classOf(Math.abs(v), res.breaks);
      return v > 0 ? UP[k] : DOWN[2 - k];
    },

    _paint: function (ctx, res) {
      var map = this._map, shown = 0, total = 0;
      if (!res.values) return;
      var bounds = map.getBounds().pad(0.1), size = this._size;
      ctx.globalAlpha = this.options.opacity;
      ctx.strokeStyle = "rgba(60,60,60,0.55)";
      ctx.lineWidth = 0.6;
      for (var c = 0; c < res.values.length; c++) {
        var colour = this._colour(res, c);
        if (!colour) continue;
        total++;
        var verts = vertices(this._cq[c], this._cr[c], size);
        if (!bounds.contains(verts[0]) && !bounds.contains(verts[3])) continue;
        ctx.beginPath();
        for (var k = 0; k < 6; k++) {
          var p = map.latLngToContainerPoint(verts[k]);
          if (k === 0) ctx.moveTo(p.x, p.y); else ctx.lineTo(p.x, p.y);
        }
        ctx.closePath();
        ctx.fillStyle = colour;
        ctx.fill();
        ctx.stroke();
        shown++;
      }
      ctx.globalAlpha = 1;
      var el = map.getContainer(), m = this.options.mode;
      el.setAttribute("data-hex-" + m, String(total));
      el.setAttribute("data-hex-" + m + "-drawn", String(shown));
      el.setAttribute("data-hex-" + m + "-breaks", res.breaks.join(","));
      el.setAttribute("data-hex-size", String(size));
    },

    _showLegend: function (res, why) {
      var div = this._legend && this._legend.getContainer();
      if (!div) return;
      while (div.firstChild) div.removeChild(div.firstChild);
      var title = L.DomUtil.create("div", "briefmap-hex-legend-title", div);
      var name = this.options.mode === "change" ? "Change since last brief" : "Event density";
      if (why) {
        title.textContent = name + (why === "loading" ? ": loading the events\u2026" : ": the events are not on this map");
        return;
      }
      var km2 = 1.5 * SQRT3 * this._size * this._size / 1e6;
      var area = this._size ? " (hexagons of " + (km2 >= 10 ? Math.round(km2) : km2.toFixed(1)) + " km²)" : "";
      if (!res || (res.mode === "density" && !res.breaks.length)) {
        title.textContent = (this.options.mode === "change" ? "Change since last brief" : "Event density") +
          ": no events selected";
        return;
      }
      if (res.mode === "change" && res.days <= 0) {
        title.textContent = "Change since last brief: the last brief is after the window's end";
        return;
      }
      if (res.mode === "change" && !res.values) {
        title.textContent = "Change since last brief: pick the date of the last brief";
        return;
      }
      var rows = [];
      if (res.mode === "density") {
        title.textContent = (this.options.by === "fatalities" ? "Reported fatalities" : "Events") + " per hexagon" +
          area;
        res.breaks.forEach(function (b, i) { rows.push([SEQ[i], rangeText(res.breaks, i)]); });
      } else {
        title.textContent = "Events since " + isoLabel(res.since) + " minus the " + res.days + " days before" + area;
        for (var i = res.breaks.length - 1; i >= 0; i--) rows.push([UP[i], "+" + rangeText(res.breaks, i)]);
        rows.push([NEUTRAL, "no change"]);
        for (i = 0; i < res.breaks.length; i++) rows.push([DOWN[2 - i], "−" + rangeText(res.breaks, i)]);
      }
      rows.forEach(function (row) {
        var line = L.DomUtil.create("div", "briefmap-hex-legend-row", div);
        var sw = L.DomUtil.create("span", "briefmap-hex-swatch", line);
        sw.style.background = row[0];
        var label = L.DomUtil.create("span", "", line);
        label.textContent = row[1];
      });
    },

    /** [{q, r, value}] of the hexagons with a value (tests and bench/). */
    cells: function () {
      var res = this._last, out = [];
      if (!res || !res.values) return out;
      for (var c = 0; c < res.values.length; c++) {
        if (this._colour(res, c)) out.push({ q: this._cq[c], r: this._cr[c], value: res.values[c] });
      }
      return out;
    },
    getSize: function () { return this._size; }
  });

  L.briefmapHexes = function (options) { return new L.BriefmapHexes(options); };
  L.BriefmapHexes.classBreaks = classBreaks;
  L.BriefmapHexes.cellOf = cellOf;
})();
