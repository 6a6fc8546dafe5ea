/*
 * Label placement: map labels never cover one another, nor the map's symbols.
 *
 * Labels are the town names of the offline basemap (span.bm-town, drawn by labels.js)
 * and the permanent tooltips that name point features (.briefmap-label: observation
 * posts, Hmeimim, Jisr al-Shughur). Each carries a priority set in Python
 * (layers/label_priority.py): a town's data-label-priority, a tooltip's class
 * bm-label-priority-<n>. In priority order, highest first, each label
 * takes the first of its positions beside its symbol (right, left, above, below) where
 * it covers no label placed before it and no point symbol; a label that fits nowhere
 * is hidden (class bm-label-hidden), and so is a town whose dot a label placed before
 * it covers. A town whose dot lies under a labelled symbol (the Jisr al-Shughur star,
 * a post named after the village) is hidden too: that label names the place already;
 * under a symbol with no label (a military point) the name goes beside the symbol.
 * A position in full view (on the map, under no control) comes before one that is not.
 * Scene annotations (.briefmap-annotation-label) are a briefer's analysis: they stay
 * where they are and are only obstacles.
 *
 * It runs once per animation frame at most, after any zoom, move, resize, or layer
 * added or removed, and once the fonts and stylesheets have loaded;
 * briefmapPlaceLabels(map) runs it at once (snapshots call it just
 * before they report ready). The map container gets data-labels-placed and
 * data-labels-hidden counts. Nothing here reads or writes label text.
 */
(function () {
  "use strict";

  var SIDES = ["right", "left", "above", "below"];
  var LEAFLET_DIRECTION = { right: "right", left: "left", above: "top", below: "bottom" };
  var FROM_LEAFLET = { right: "right", left: "left", top: "above", bottom: "below" };
  var GAP = 3;        // px between a symbol and its label
  var PAD = 1;        // px kept clear between two labels
  var DOT = 2.5;      // half the size of a town's dot (static/css/briefmap.css)
  var CELL = 64;      // spatial index cell, px
  var DEFAULT_PRIORITY = 30;
  var EVENTS = "zoomend moveend resize viewreset layeradd layerremove overlayadd overlayremove";

  function box(l, t, w, h) { return { l: l, t: t, r: l + w, b: t + h }; }

  function rectIn(el, origin) {
    var r = el.getBoundingClientRect();
    return { l: r.left - origin.left, t: r.top - origin.top, r: r.right - origin.left, b: r.bottom - origin.top };
  }

  /** Boxes already on the map, bucketed on a grid so a test looks at a few neighbours only. */
  function Index() { this.cells = {}; }
  Index.prototype.each = function (b, fn) {
    var x0 = Math.floor(b.l / CELL), x1 = Math.floor(b.r / CELL);
    var y0 = Math.floor(b.t / CELL), y1 = Math.floor(b.b / CELL);
    for (var x = x0; x <= x1; x++) {
      for (var y = y0; y <= y1; y++) {
        if (fn(x + "," + y) === true) return true;
      }
    }
    return false;
  };
  Index.prototype.add = function (b) {
    var cells = this.cells;
    this.each(b, function (key) { (cells[key] = cells[key] || []).push(b); });
  };
  Index.prototype.hits = function (b, pad) {
    var cells = this.cells;
    return this.each(b, function (key) {
      var list = cells[key];
      if (!list) return false;
      for (var i = 0; i < list.length; i++) {
        var o = list[i];
        if (b.l < o.r + pad && o.l < b.r + pad && b.t < o.b + pad && o.t < b.b + pad) return true;
      }
      return false;
    });
  };

  /** A town's data-label-priority, or a tooltip's bm-label-priority-<n> class (copied to the attribute). */
  function priorityOf(el) {
    var p = parseFloat(el.getAttribute("data-label-priority"));
    if (!isFinite(p)) {
      var m = /(?:^|\s)bm-label-priority-(\d+)(?:\s|$)/.exec(el.className);
      p = m ? parseFloat(m[1]) : DEFAULT_PRIORITY;
      el.setAttribute("data-label-priority", String(p));
    }
    return p;
  }

  /** Candidate boxes of a w x h label beside the symbol box s (anchor point a), first side first. */
  function candidates(first, s, a, w, h) {
    var sides = SIDES.slice();
    var k = sides.indexOf(first);
    if (k > 0) { sides.splice(k, 1); sides.unshift(first); }
    return sides.map(function (side) {
      var l, t;
      if (side === "right") { l = s.r + GAP; t = a.y - h / 2; }
      else if (side === "left") { l = s.l - GAP - w; t = a.y - h / 2; }
      else if (side === "above") { l = a.x - w / 2; t = s.t - GAP - h; }
      else { l = a.x - w / 2; t = s.b + GAP; }
      return { side: side, box: box(Math.round(l), Math.round(t), w, h) };
    });
  }

  function union(a, b) {
    return { l: Math.min(a.l, b.l), t: Math.min(a.t, b.t), r: Math.max(a.r, b.r), b: Math.max(a.b, b.b) };
  }

  function overlaps(a, b) { return a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b; }

  /** Town labels: the name beside the town's dot, moved with a transform on the text. */
  function collectTowns(container, origin, symbols, out) {
    var towns = container.querySelectorAll(".bm-town");
    for (var i = 0; i < towns.length; i++) {
      var el = towns[i], text = el.querySelector(".bm-town-text");
      if (!text) continue;
      var w = text.offsetWidth, h = text.offsetHeight;
      if (!w || !h) continue;  // not displayed (minor towns zoomed out, tile basemap)
      var at = rectIn(el.parentNode, origin);  // the 0 x 0 marker icon sits on the town
      var a = { x: at.l, y: at.t };
      var dot = { l: a.x - DOT, t: a.y - DOT, r: a.x + DOT, b: a.y + DOT };
      var around = dot, named = false;
      for (var k = 0; k < symbols.length; k++) {
        if (!overlaps(dot, symbols[k].box)) continue;
        if (symbols[k].named) named = true;
        around = union(around, symbols[k].box);
      }
      out.push({
        kind: "town", el: el, text: text, anchor: a, own: dot, priority: priorityOf(el), named: named,
        options: candidates("right", around, a, w, h)
      });
    }
  }

  /** Permanent tooltips: moved through Leaflet's own direction and offset options. */
  function collectTooltips(map, container, origin, named, out) {
    map.eachLayer(function (layer) {
      if (!(layer instanceof L.Tooltip) || !layer.options.permanent || !layer._container || !layer._latlng) return;
      var el = layer._container;
      if (!container.contains(el)) return;
      var w = el.offsetWidth, h = el.offsetHeight;
      if (!w || !h) return;
      if (layer._bmFirstSide === undefined) {
        layer._bmFirstSide = FROM_LEAFLET[layer.options.direction] || "right";
      }
      var p = map.latLngToContainerPoint(layer._latlng);
      var anchor = L.point(layer._getAnchor ? layer._getAnchor() : [0, 0]);
      var a = { x: p.x + anchor.x, y: p.y + anchor.y };
      var icon = layer._source && layer._source._icon;
      var s = icon && icon.offsetWidth ? rectIn(icon, origin) : { l: a.x, t: a.y, r: a.x, b: a.y };
      if (icon) named.push(icon);
      out.push({
        kind: "tooltip", el: el, layer: layer, anchor: a, own: null, priority: priorityOf(el),
        w: w, h: h, options: candidates(layer._bmFirstSide, s, a, w, h)
      });
    });
  }

  function place(label, choice) {
    var el = label.el;
    el.classList.toggle("bm-label-hidden", !choice);
    if (!choice) {
      el.setAttribute("aria-hidden", "true");
      el.removeAttribute("data-label-side");
      return;
    }
    el.removeAttribute("aria-hidden");
    el.setAttribute("data-label-side", choice.side);
    if (label.kind === "town") {
      var dx = choice.box.l - label.anchor.x, dy = choice.box.t - label.anchor.y;
      label.text.style.transform = "translate(" + Math.round(dx) + "px, " + Math.round(dy) + "px)";
      return;
    }
    // Leaflet puts the tooltip at point - sub + offset + anchor, sub depending on the direction
    var layer = label.layer, direction = LEAFLET_DIRECTION[choice.side];
    var subX = direction === "right" ? 0 : direction === "left" ? label.w : Math.round(label.w / 2);
    var subY = direction === "top" ? label.h : direction === "bottom" ? 0 : Math.round(label.h / 2);
    var offset = L.point(
      choice.box.l - (label.anchor.x - subX),
      choice.box.t - (label.anchor.y - subY)
    );
    el.style.margin = "0";  // Leaflet's 6 px arrow margins: the gap is in the offset instead
    var old = L.point(layer.options.offset || [0, 0]);
    // Leaflet positions a left or top tooltip by its width or height, measured when it moves it:
    // a tooltip placed before the stylesheets had loaded (as wide as the map) must move again
    // even when its side and offset stay the same
    var size = label.w + "x" + label.h;
    if (layer.options.direction !== direction || !old.equals(offset) || layer._bmSize !== size) {
      layer.options.direction = direction;
      layer.options.offset = offset;
      layer._bmSize = size;
      layer._updatePosition();
    }
  }

  /**
   * Place every label on ``map`` now.
   *
   * @param {L.Map} map
   * @returns {{placed: number, hidden: number}} how many labels were shown and hidden
   */
  function placeLabels(map) {
    if (!map || !map._loaded) return { placed: 0, hidden: 0 };
    var container = map.getContainer();
    var origin = container.getBoundingClientRect();
    var view = { l: 0, t: 0, r: origin.width, b: origin.height };
    var controls = new Index();  // the map's buttons and panels: a label under one is read last
    var taken = new Index();   // symbols and the labels placed so far
    var texts = new Index();   // the labels placed so far

    // read everything first, then write: one layout for the whole pass
    var labels = [], named = [];
    collectTooltips(map, container, origin, named, labels);
    var symbols = [];
    var els = container.querySelectorAll(".leaflet-marker-pane .briefmap-icon, .briefmap-annotation-label");
    for (var i = 0; i < els.length; i++) {
      if (!els[i].offsetWidth) continue;
      var b = rectIn(els[i], origin);
      symbols.push({ box: b, named: named.indexOf(els[i]) >= 0 });
      taken.add(b);
      if (els[i].classList.contains("briefmap-annotation-label")) texts.add(b);
    }
    collectTowns(container, origin, symbols, labels);
    var panels = container.querySelectorAll(".leaflet-control");
    for (var j = 0; j < panels.length; j++) {
      if (panels[j].offsetWidth) controls.add(rectIn(panels[j], origin));
    }
    labels.forEach(function (label, k) { label.order = k; });
    labels.sort(function (a, b) { return (b.priority - a.priority) || (a.order - b.order); });

    var hidden = 0;
    labels.forEach(function (label) {
      var choice = null;
      if (!label.named && (!label.own || !texts.hits(label.own, 0))) {
        var free = label.options.filter(function (c) { return !taken.hits(c.box, PAD); });
        // a position in full view before one partly off the map or under a control
        choice = free.filter(function (c) {
          return c.box.l >= view.l && c.box.t >= view.t && c.box.r <= view.r && c.box.b <= view.b &&
            !controls.hits(c.box, 0);
        })[0] || free[0] || null;
      }
      label.choice = choice;
      if (choice) {
        taken.add(choice.box);
        texts.add(choice.box);
        if (label.own) taken.add(label.own);
      } else {
        hidden++;
      }
    });
    labels.forEach(function (label) { place(label, label.choice); });
    container.setAttribute("data-labels-placed", String(labels.length - hidden));
    container.setAttribute("data-labels-hidden", String(hidden));
    return { placed: labels.length - hidden, hidden: hidden };
  }

  /**
   * Keep the labels of ``map`` placed: after every zoom, move, resize and layer change,
   * once per animation frame at most. Calling it twice for one map does nothing more.
   *
   * @param {L.Map} map
   */
  function attach(map) {
    if (map._bmLabelPlacer) return;
    var pending = null;
    function run() {
      pending = null;
      placeLabels(map);
    }
    function schedule() {
      if (pending === null) pending = L.Util.requestAnimFrame(run);
    }
    map._bmLabelPlacer = schedule;
    map.on(EVENTS, schedule);
    if (document.fonts && document.fonts.ready) document.fonts.ready.then(schedule);
    // stylesheets still loading (streamlit-folium adds them just before the map's script)
    // change every label's size and whether minor towns show, with no map event
    var sheets = document.querySelectorAll("link[rel='stylesheet']");
    for (var i = 0; i < sheets.length; i++) {
      if (!sheets[i].sheet) sheets[i].addEventListener("load", schedule);
    }
    schedule();
  }

  window.briefmapPlaceLabels = placeLabels;
  window.briefmapLabelPlacer = attach;
})();
