/*
 * L.Control.BriefmapPlayback: step the event layer's time window through the
 * selected range, entirely in the browser (no server round trip per frame).
 *
 * Play / pause, step back and forward, back to the start, step of a day or a
 * week, speed in frames per second, and "accumulate" (show everything up to the
 * current date instead of just the current step). The current date is shown
 * large, for a shared screen. Text is set with textContent.
 */
(function () {
  "use strict";

  var SPEEDS = [1, 2, 5, 10, 20];  // frames per second

  // icons as inline SVG: symbol glyphs such as U+23EE are missing from many fonts
  var ICONS = {
    start: '<path d="M3 2h2v12H3zM14 2v12L6 8z"/>',
    back: '<path d="M12 2v12L4 8z"/>',
    play: '<path d="M4 2v12l10-6z"/>',
    pause: '<path d="M3 2h4v12H3zM9 2h4v12H9z"/>',
    forward: '<path d="M2 2v12l8-6zM11 2h2v12h-2z"/>'
  };
  function icon(name) {
    return '<svg viewBox="0 0 16 16" width="14" height="14" fill="currentColor" aria-hidden="true">' +
      ICONS[name] + "</svg>";
  }

  function button(parent, text, title, onClick) {
    var b = L.DomUtil.create("button", "briefmap-play-btn", parent);
    b.type = "button";
    if (ICONS[text]) b.innerHTML = icon(text); else b.textContent = text;  // project-authored markup only
    b.title = title;
    b.setAttribute("aria-label", title);
    L.DomEvent.on(b, "click", function (e) { L.DomEvent.stop(e); onClick(); });
    return b;
  }

  L.Control.BriefmapPlayback = L.Control.extend({
    options: { position: "bottomleft", fps: 5, step: 1, accumulate: false },

    initialize: function (layer, options) {
      L.setOptions(this, options);
      this._layer = layer;
      this._r0 = 0;
      this._r1 = 0;
      this._cur = null;      // null: showing the whole range
      this._timer = null;
      this._frames = 0;
      this._fps = this.options.fps;
      this._step = this.options.step;
      this._accumulate = this.options.accumulate;
    },

    onAdd: function (map) {
      var root = L.DomUtil.create("div", "leaflet-control briefmap-playback");
      L.DomEvent.disableClickPropagation(root);
      L.DomEvent.disableScrollPropagation(root);
      this._root = root;
      var row = L.DomUtil.create("div", "briefmap-play-row", root);
      var self = this;
      button(row, "start", "Back to the start", function () { self.pause(); self.show(self._r0); });
      button(row, "back", "Step back", function () { self.pause(); self.stepBy(-1); });
      this._playBtn = button(row, "play", "Play", function () { self.toggle(); });
      this._playBtn.classList.add("briefmap-play-main");
      button(row, "forward", "Step forward", function () { self.pause(); self.stepBy(1); });
      button(row, "All", "Show the whole date range", function () { self.pause(); self.showAll(); });
      this._date = L.DomUtil.create("div", "briefmap-play-date", row);
      button(row, "\u2026", "Step, speed and accumulate", function () {
        root.classList.toggle("briefmap-play-open");
      });

      var opts = L.DomUtil.create("div", "briefmap-play-row briefmap-play-options", root);
      var stepSel = L.DomUtil.create("select", "briefmap-play-step", opts);
      stepSel.title = "Step";
      [["1", "Day"], ["7", "Week"]].forEach(function (o) {
        var el = document.createElement("option");
        el.value = o[0]; el.textContent = o[1];
        stepSel.appendChild(el);
      });
      stepSel.value = String(this._step);
      L.DomEvent.on(stepSel, "change", function () {
        self._step = parseInt(stepSel.value, 10);
        if (self._cur !== null) self.show(self._cur);
      });
      var speedSel = L.DomUtil.create("select", "briefmap-play-speed", opts);
      speedSel.title = "Speed (frames per second)";
      SPEEDS.forEach(function (fps) {
        var el = document.createElement("option");
        el.value = String(fps); el.textContent = fps + " fps";
        speedSel.appendChild(el);
      });
      speedSel.value = String(this._fps);
      L.DomEvent.on(speedSel, "change", function () { self._fps = parseInt(speedSel.value, 10); });
      var acc = L.DomUtil.create("label", "briefmap-play-acc", opts);
      var box = L.DomUtil.create("input", "", acc);
      box.type = "checkbox";
      box.checked = this._accumulate;
      acc.appendChild(document.createTextNode(" accumulate"));
      L.DomEvent.on(box, "change", function () {
        self._accumulate = box.checked;
        if (self._cur !== null) self.show(self._cur);
      });

      map.on("layeradd layerremove", this._syncVisible, this);
      this._layer.on("load filterchange", this._onRange, this);
      this._syncVisible();
      this._onRange();
      return root;
    },

    onRemove: function (map) {
      this.pause();
      map.off("layeradd layerremove", this._syncVisible, this);
      this._layer.off("load filterchange", this._onRange, this);
    },

    /** The filter's date range changed (or the events arrived): play through the new one. */
    _onRange: function () {
      var w = this._layer.getWindow();
      if (w[1] >= 65535) w = [w[0], this._layer.dayRange()[1]];
      this.pause();
      this._r0 = w[0];
      this._r1 = w[1];
      this._cur = null;
      this._label();
    },

    // ---- state ---------------------------------------------------------------

    show: function (cur) {
      cur = Math.max(this._r0, Math.min(this._r1, cur));
      this._cur = cur;
      var end = Math.min(this._r1, cur + this._step - 1);
      this._layer.setWindow(this._accumulate ? this._r0 : cur, end);
      this._frames++;
      this._label();
    },

    showAll: function () {
      this._cur = null;
      this._layer.setWindow(this._r0, this._r1);
      this._label();
    },

    stepBy: function (k) {
      var base = this._cur === null ? (k > 0 ? this._r0 - this._step : this._r1 + 1) : this._cur;
      this.show(base + k * this._step);
    },

    toggle: function () { if (this._timer) this.pause(); else this.play(); },

    play: function () {
      if (this._timer || !this._layer.isLoaded()) return;
      if (this._cur === null || this._cur + this._step > this._r1) this.show(this._r0);
      var self = this;
      var last = performance.now();
      this._playBtn.innerHTML = icon("pause");
      this._playBtn.title = "Pause";
      this._root.classList.add("briefmap-playing");
      function tick(now) {
        if (!self._timer) return;
        if (now - last >= 1000 / self._fps - 1) {
          last = now;
          if (self._cur + self._step > self._r1) { self.pause(); return; }
          self.show(self._cur + self._step);
        }
        self._timer = requestAnimationFrame(tick);
      }
      this._timer = requestAnimationFrame(tick);
    },

    pause: function () {
      if (this._timer) cancelAnimationFrame(this._timer);
      this._timer = null;
      if (this._playBtn) {
        this._playBtn.innerHTML = icon("play");
        this._playBtn.title = "Play";
      }
      if (this._root) this._root.classList.remove("briefmap-playing");
    },

    _label: function () {
      var L0 = this._layer;
      var text;
      if (!L0.isLoaded()) {
        this._date.textContent = "Loading events\u2026";
        this._root.setAttribute("data-current", "loading");
        return;
      }
      if (this._cur === null) {
        text = L0.dayToIso(this._r0) + " \u2013 " + L0.dayToIso(this._r1);
      } else {
        var end = Math.min(this._r1, this._cur + this._step - 1);
        var from = this._accumulate ? this._r0 : this._cur;
        text = from === end ? L0.dayToIso(end) : L0.dayToIso(from) + " \u2013 " + L0.dayToIso(end);
      }
      this._date.textContent = text;
      this._root.setAttribute("data-current", this._cur === null ? "all" : L0.dayToIso(this._cur));
      this._root.setAttribute("data-frames", String(this._frames));
    },

    _syncVisible: function () {
      if (!this._root || !this._map) return;
      this._root.style.display = this._map.hasLayer(this._layer) ? "" : "none";
    }
  });

  L.control.briefmapPlayback = function (layer, options) { return new L.Control.BriefmapPlayback(layer, options); };
})();
