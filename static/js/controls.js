/*
 * Map controls for the briefing map: legend, reset-view button, title box, and
 * presenter keys (map-state.js registers maps and calls briefmapForwardKeys).
 * Text from data is always set with textContent; only project-authored SVG
 * swatches are set as markup.
 */
(function () {
  "use strict";

  /*
   * A presenter's clicker sends PageDown / PageUp. When the map (an iframe inside
   * Streamlit) has the focus, hand those keys to the page so its Next / Previous
   * shortcuts still work. Same-origin only; elsewhere this does nothing.
   */
  var FORWARDED = { PageDown: 1, PageUp: 1, Escape: 1 };
  window.briefmapForwardKeys = forwardPresenterKeys;
  function forwardPresenterKeys() {
    if (window.__briefmapKeys || window.parent === window) return;
    window.__briefmapKeys = true;
    // forward key-up too: the page tracks which keys are held, and a key left "down"
    // would turn the next press into a combination that matches no shortcut
    ["keydown", "keyup"].forEach(function (type) {
      document.addEventListener(type, function (e) {
        if (!FORWARDED[e.key]) return;
        var target;
        try { target = window.parent.document; } catch (err) { return; }
        e.preventDefault();
        target.dispatchEvent(new KeyboardEvent(type, {
          key: e.key, code: e.code, keyCode: e.keyCode, which: e.which, bubbles: true, cancelable: true
        }));
      }, true);
    });
  }

  /** A title box centred at the top of the map (standalone exports). */
  window.briefmapTitleBox = function (map, cfg) {
    var box = L.DomUtil.create("div", "briefmap-title-box", map.getContainer());
    L.DomEvent.disableClickPropagation(box);
    var h = L.DomUtil.create("div", "briefmap-title-main", box);
    h.textContent = cfg.title;
    if (cfg.subtitle) {
      var sub = L.DomUtil.create("div", "briefmap-title-sub", box);
      sub.textContent = cfg.subtitle;
    }
    cfg.lines.forEach(function (line) {
      var l = L.DomUtil.create("div", "briefmap-title-line", box);
      l.textContent = line;
    });
    return box;
  };

  L.Control.BriefmapLegend = L.Control.extend({
    options: { position: "bottomright", title: "Legend", sections: [], collapsed: "auto" },

    onAdd: function (map) {
      var root = L.DomUtil.create("div", "leaflet-control briefmap-legend");
      L.DomEvent.disableClickPropagation(root);
      L.DomEvent.disableScrollPropagation(root);
      var head = L.DomUtil.create("div", "briefmap-legend-head", root);
      var title = L.DomUtil.create("span", "briefmap-legend-title", head);
      title.textContent = this.options.title;
      var toggle = L.DomUtil.create("button", "briefmap-legend-toggle", head);
      toggle.type = "button";
      toggle.title = "Show or hide the legend";
      toggle.textContent = "–";
      var body = L.DomUtil.create("div", "briefmap-legend-body", root);
      function setCollapsed(collapsed) {
        root.classList.toggle("briefmap-legend-collapsed", collapsed);
        toggle.textContent = collapsed ? "+" : "–";
        toggle.setAttribute("aria-expanded", String(!collapsed));
      }
      L.DomEvent.on(toggle, "click", function () {
        setCollapsed(!root.classList.contains("briefmap-legend-collapsed"));
      });
      // keep the legend within the map: at most 48% of its height, scrolling inside
      var fit = function () {
        root.style.maxHeight = Math.max(120, Math.round(map.getSize().y * 0.48)) + "px";
      };
      map.on("resize", fit);
      fit();
      // "auto": fold it on maps too small to show it beside the theatre (the app's normal view)
      var size = map.getSize();
      setCollapsed(this.options.collapsed === true ||
        (this.options.collapsed === "auto" && (size.y < 700 || size.x < 900)));
      this._sections = {};
      var self = this;
      this.options.sections.forEach(function (sec) {
        var box = L.DomUtil.create("div", "briefmap-legend-section", body);
        box.setAttribute("data-layer", sec.layer);
        if (sec.items.length > 1) {  // a one-row section needs no heading of its own
          var h = L.DomUtil.create("div", "briefmap-legend-section-title", box);
          h.textContent = sec.title;
        }
        sec.items.forEach(function (item) {
          var row = L.DomUtil.create("div", "briefmap-legend-row", box);
          var sw = L.DomUtil.create("span", "briefmap-legend-swatch", row);
          sw.innerHTML = item.svg; // project-authored SVG
          var lab = L.DomUtil.create("span", "briefmap-legend-label", row);
          lab.textContent = item.label;
          if (item.note) {
            var note = L.DomUtil.create("div", "briefmap-legend-note", box);
            note.textContent = item.note;
          }
        });
        self._sections[sec.layer] = box;
      });
      map.on("overlayadd overlayremove layeradd layerremove", this._sync, this);
      L.Util.requestAnimFrame(this._sync, this);
      return root;
    },

    onRemove: function (map) {
      map.off("overlayadd overlayremove layeradd layerremove", this._sync, this);
    },

    _sync: function () {
      var map = this._map;
      if (!map) return;
      var groups = map._briefmapLayers || {};
      var any = false;
      for (var id in this._sections) {
        var g = groups[id];
        var on = !g || map.hasLayer(g);
        this._sections[id].style.display = on ? "" : "none";
        any = any || on;
      }
      this.getContainer().classList.toggle("briefmap-legend-empty", !any);
    }
  });
  L.control.briefmapLegend = function (opts) { return new L.Control.BriefmapLegend(opts); };

  L.Control.BriefmapReset = L.Control.extend({
    options: { position: "topleft", bounds: null, title: "Reset view" },
    onAdd: function (map) {
      var bar = L.DomUtil.create("div", "leaflet-bar leaflet-control briefmap-reset");
      var a = L.DomUtil.create("a", "", bar);
      a.href = "#";
      a.title = this.options.title;
      a.setAttribute("role", "button");
      a.setAttribute("aria-label", this.options.title);
      a.textContent = "\u2302";
      var bounds = this.options.bounds;
      L.DomEvent.on(a, "click", function (e) {
        L.DomEvent.preventDefault(e);
        L.DomEvent.stopPropagation(e);
        map.fitBounds(bounds);
      });
      return bar;
    }
  });
  L.control.briefmapReset = function (opts) { return new L.Control.BriefmapReset(opts); };
})();
