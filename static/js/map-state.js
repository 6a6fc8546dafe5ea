/*
 * The map's state, set from outside the map, and what the map tells the app.
 *
 * In the Streamlit app the map is built once per dataset version and scene; what
 * the sidebar changes (the filter, the date the posts are shown on, the layers)
 * reaches it as a small state object: the page runs briefmapApplyState(state) in
 * the map's frame (ui/map_state.py), and a map that opens later picks up the last
 * state from window.parent.__briefmapState. Exports pass their fixed state to
 * briefmapRegister directly.
 *
 * Back to the app (only inside Streamlit, through streamlit-folium's Streamlit
 * object), with no script rerun for a pan or zoom:
 *   - the address bar follows the view: lat, lon and zoom are rewritten in the
 *     browser after each move the user makes;
 *   - a click on events, and switching a layer in the map's layer control, report
 *     at once (the details panel, the sidebar's layers and the legend change);
 *   - so do a point picked (state.pick) and a shape drawn (state.draw: "line",
 *     "polygon" or "point", on maps that load Leaflet.draw);
 *   - the view itself is handed over when the user turns to the rest of the page
 *     (a pointer press or focus outside the map), so that exports, saved scenes
 *     and links made there use the view on screen.
 * Text from data is set with textContent only.
 */
(function () {
  "use strict";

  var MAPS = window.briefmapMaps = [];  // registered maps (also read by tests and bench/)
  var seq = 0;

  function round(x, digits) { var f = Math.pow(10, digits); return Math.round(x * f) / f; }

  function viewOf(map) {
    var c = map.getCenter(), b = map.getBounds();
    return {
      center: [round(c.lat, 5), round(c.lng, 5)],
      zoom: map.getZoom(),
      bounds: [[round(b.getSouth(), 5), round(b.getWest(), 5)], [round(b.getNorth(), 5), round(b.getEast(), 5)]]
    };
  }

  function visibleLayers(entry) {
    return entry.order.filter(function (id) { return entry.map.hasLayer(entry.groups[id]); });
  }

  function viewKey(map) {
    var v = viewOf(map);
    return v.center.join(",") + "@" + v.zoom;
  }

  function markZoom(map) {
    var container = map.getContainer(), z = map.getZoom();
    container.classList.toggle("bm-zoom-lt10", z < 10);
    container.classList.toggle("bm-zoom-lt8", z < 8);
    container.setAttribute("data-zoom", String(z));
  }

  function isoDay(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }

  function apply(entry, state) {
    if (!state) return;
    var map = entry.map, container = map.getContainer();
    entry.applying = true;
    try {
      if (entry.events && state.filter) entry.events.setFilter(state.filter);
      if (entry.events && state.near !== undefined) entry.events.setNear(state.near && state.near.mask || null);
      if (state.near !== undefined) drawNear(entry, state.near);
      if (state.editPoint !== undefined) drawEditPoint(entry, state.editPoint);
      var since = state.since === undefined ? null : state.since;
      hexLayers(entry).forEach(function (h) { h.setSettings({ by: state.densityBy || "events", since: since }); });
      setPicking(entry, !!state.pick);
      setDrawing(entry, DRAW_KINDS.hasOwnProperty(state.draw) ? state.draw : null);
      var asOf = state.filter ? state.filter.asOf : null;
      if (asOf !== null && asOf !== undefined) {
        entry.timed.forEach(function (t) {
          var parent = t[0], group = t[1];
          var on = (t[2] === null || asOf >= t[2]) && (t[3] === null || asOf <= t[3]);
          if (on && !parent.hasLayer(group)) parent.addLayer(group);
          else if (!on && parent.hasLayer(group)) parent.removeLayer(group);
        });
        container.querySelectorAll("[data-bm-asof]").forEach(function (el) { el.textContent = isoDay(asOf); });
        container.setAttribute("data-as-of", isoDay(asOf));
      }
      // layers: follow the app only when its list changed, so a layer the user has just
      // switched in the map is not switched back by a state that predates the switch
      var wanted = state.layers ? state.layers.join(",") : null;
      if (wanted !== null && wanted !== entry.appliedLayers) {
        entry.appliedLayers = wanted;
        var on = {};
        state.layers.forEach(function (id) { on[id] = 1; });
        entry.order.forEach(function (id) {
          var g = entry.groups[id];
          if (on[id] && !map.hasLayer(g)) map.addLayer(g);
          else if (!on[id] && map.hasLayer(g)) map.removeLayer(g);
        });
      }
      container.setAttribute("data-state-seq", String(state.seq || 0));
    } finally {
      entry.applying = false;
    }
    fixAddress(entry);
  }

  /** The hexagon layers (hex-layer.js) in the map's groups. */
  function hexLayers(entry) {
    var out = [];
    if (!L.BriefmapHexes) return out;
    entry.order.forEach(function (id) {
      entry.groups[id].eachLayer(function (l) { if (l instanceof L.BriefmapHexes) out.push(l); });
    });
    return out;
  }

  /** The Near filter's area: drawn dashed with its label, under the events; null removes it. */
  function drawNear(entry, near) {
    var key = near ? JSON.stringify([near.label, near.buffer]) : null;
    if (key === entry.nearKey) return;
    entry.nearKey = key;
    var map = entry.map, container = map.getContainer();
    if (entry.nearLayer) { map.removeLayer(entry.nearLayer); entry.nearLayer = null; }
    container.setAttribute("data-near", near ? near.label : "");
    if (!near || !near.buffer) return;
    if (!map.getPane("briefmapNear")) {
      var pane = map.createPane("briefmapNear");
      pane.style.zIndex = 415;
      pane.style.pointerEvents = "none";
    }
    entry.nearLayer = L.geoJSON({ type: "Feature", geometry: near.buffer, properties: {} }, {
      pane: "briefmapNear", interactive: false,
      style: { color: "#5e35b1", weight: 2, dashArray: "6 5", fill: true, fillColor: "#7e57c2", fillOpacity: 0.06 }
    });
    var label = L.DomUtil.create("div", "briefmap-near-label");
    label.textContent = near.label;
    entry.nearLayer.addTo(map);
    var b = entry.nearLayer.getBounds();
    if (b.isValid()) {
      entry.nearLayer.addLayer(L.marker([b.getNorth(), (b.getWest() + b.getEast()) / 2], {
        pane: "briefmapNear", interactive: false, keyboard: false,
        icon: L.divIcon({ className: "", html: label.outerHTML, iconSize: null, iconAnchor: [0, 22] })
      }));
    }
  }

  /** The position of the event being added or corrected (the form's latitude and longitude): a ring
   *  with a cross, not clickable; null removes it. */
  function drawEditPoint(entry, point) {
    var key = point ? point.join(",") : null;
    if (key === entry.editPointKey) return;
    entry.editPointKey = key;
    var map = entry.map;
    if (entry.editPointLayer) { map.removeLayer(entry.editPointLayer); entry.editPointLayer = null; }
    map.getContainer().setAttribute("data-edit-point", key || "");
    if (!point) return;
    var html = '<svg width="30" height="30" viewBox="-15 -15 30 30"><circle r="10" fill="none" stroke="#c62828" ' +
      'stroke-width="3"/><path d="M-14,0 H-5 M5,0 H14 M0,-14 V-5 M0,5 V14" stroke="#c62828" stroke-width="2"/></svg>';
    if (!map.getPane("briefmapEditPoint")) {  // above the labels (tooltip pane, 650): the editor must see it
      var pane = map.createPane("briefmapEditPoint");
      pane.style.zIndex = 660;
      pane.style.pointerEvents = "none";
    }
    entry.editPointLayer = L.marker(point, {
      interactive: false, keyboard: false, pane: "briefmapEditPoint",
      icon: L.divIcon({ className: "briefmap-edit-point", html: html, iconSize: [30, 30], iconAnchor: [15, 15] })
    }).addTo(map);
  }

  /** "Pick a point on the map" (the Near filter's point): the next click reports its position. */
  function setPicking(entry, on) {
    entry.picking = on;
    entry.map.getContainer().classList.toggle("briefmap-picking", on);
  }

  // ---- draw mode (editors' maps: controls/drawing.py loads Leaflet.draw) ----------

  var DRAW_COLOUR = "#c62828";
  var DRAW_PANE = "briefmapDrawing";
  /** state.draw -> the Leaflet.draw handler that draws it. */
  var DRAW_KINDS = { line: "Polyline", polygon: "Polygon", point: "Marker" };

  function drawPane(map) {
    if (!map.getPane(DRAW_PANE)) {  // above the events, below markers (Leaflet.draw's vertices)
      var pane = map.createPane(DRAW_PANE);
      pane.style.zIndex = 460;
      pane.style.pointerEvents = "none";
    }
    return DRAW_PANE;
  }

  function drawHandler(map, kind) {
    var shape = { color: DRAW_COLOUR, weight: 3, opacity: 1, pane: drawPane(map), interactive: false };
    var handler;
    if (kind === "line") {
      handler = new L.Draw.Polyline(map, { shapeOptions: shape, repeatMode: true });
    } else if (kind === "polygon") {
      handler = new L.Draw.Polygon(map, {
        shapeOptions: L.extend({ fill: true, fillColor: DRAW_COLOUR, fillOpacity: 0.15 }, shape),
        allowIntersection: false, showArea: false, repeatMode: true
      });
    } else {
      handler = new L.Draw.Marker(map, { repeatMode: true });
    }
    handler._overlayPane = map.getPane(DRAW_PANE);  // the dashed guide too, not under the areas
    return handler;
  }

  function roundCoords(c) { return typeof c === "number" ? round(c, 6) : c.map(roundCoords); }

  /** The last shape drawn, shown (not interactive) while the editor fills in its form. */
  function showDrawn(entry, geometry) {
    clearDrawn(entry);
    var map = entry.map, pane = drawPane(map);
    entry.drawnLayer = L.geoJSON({ type: "Feature", geometry: geometry, properties: {} }, {
      pane: pane, interactive: false,
      style: { color: DRAW_COLOUR, weight: 3, opacity: 1, fillColor: DRAW_COLOUR, fillOpacity: 0.15 },
      pointToLayer: function (f, latlng) {
        return L.circleMarker(latlng, { pane: pane, interactive: false, radius: 7, color: DRAW_COLOUR, weight: 3,
                                        fillColor: "#ffffff", fillOpacity: 1 });
      }
    }).addTo(map);
    map.getContainer().setAttribute("data-drawn", geometry.type);
  }

  function clearDrawn(entry) {
    if (entry.drawnLayer) { entry.map.removeLayer(entry.drawnLayer); entry.drawnLayer = null; }
    entry.map.getContainer().removeAttribute("data-drawn");
  }

  function onDrawn(entry, e) {
    if (!entry.drawKind || !e.layer || !e.layer.toGeoJSON) return;
    var g = e.layer.toGeoJSON().geometry;
    var geometry = { type: g.type, coordinates: roundCoords(g.coordinates) };
    showDrawn(entry, geometry);
    report(entry, { drawn: geometry, drawKind: entry.drawKind });
  }

  /**
   * Draw mode: kind "line", "polygon" or "point" switches on that Leaflet.draw handler (no toolbar);
   * null switches drawing off and removes the last shape drawn. A handler stays on after each shape
   * (the next one replaces it) and after Escape, which drops the shape being drawn, until the app
   * changes state.draw. Without Leaflet.draw on the page there is no draw mode.
   */
  function setDrawing(entry, kind) {
    if (kind && !(L.Draw && L.Draw[DRAW_KINDS[kind]])) kind = null;
    if (kind === (entry.drawKind || null)) return;
    var map = entry.map, container = map.getContainer(), old = entry.drawHandler;
    entry.drawKind = kind;
    entry.drawHandler = null;
    if (old) old.disable();
    clearDrawn(entry);  // a shape belongs to the kind it was drawn as
    container.classList.toggle("briefmap-drawing", !!kind);
    if (!kind) { container.removeAttribute("data-draw"); return; }
    container.setAttribute("data-draw", kind);
    if (!entry.drawListening) {
      entry.drawListening = true;
      map.on(L.Draw.Event.CREATED, function (e) { onDrawn(entry, e); });
    }
    var handler = entry.drawHandler = drawHandler(map, kind);
    handler.on("disabled", function () {
      // Escape: Leaflet.draw drops the shape and switches the handler off; draw mode goes on
      setTimeout(function () { if (entry.drawHandler === handler && !handler.enabled()) handler.enable(); }, 0);
    });
    handler.enable();
  }

  // ---- back to the app ----------------------------------------------------------

  function parentWindow() {
    try {
      if (window.parent !== window && window.parent.location.href) return window.parent;
    } catch (err) { /* another origin: not inside the app */ }
    return null;
  }

  function inApp(entry) { return entry.app && window.Streamlit && parentWindow(); }

  /** Rewrite lat / lon / zoom (and layers, once the user switched one) in the address bar. */
  function fixAddress(entry) {
    var top = inApp(entry) ? parentWindow() : null;
    if (!top || !entry.moved) return;
    var v = viewOf(entry.map);
    var url = new URL(top.location.href);
    var p = url.searchParams;
    var want = { lat: v.center[0].toFixed(5), lon: v.center[1].toFixed(5), zoom: String(v.zoom) };
    if (entry.layersTouched) want.layers = visibleLayers(entry).join(",");
    var changed = false;
    Object.keys(want).forEach(function (k) {
      if (p.get(k) !== want[k]) { p.set(k, want[k]); changed = true; }
    });
    if (changed) top.history.replaceState(top.history.state, "", url.pathname + "?" + p.toString() + url.hash);
  }

  /** Send the view, the layers on and anything in ``extra`` to the app: clicked (event ids), point
   *  ([lat, lon] picked), drawn (a GeoJSON geometry, coordinates to 6 decimals) with drawKind. */
  function report(entry, extra) {
    if (!inApp(entry)) return;
    var value = { token: entry.token, view: viewOf(entry.map), layers: visibleLayers(entry), moved: entry.moved,
                  seq: ++seq };
    Object.keys(extra || {}).forEach(function (k) { value[k] = extra[k]; });
    entry.reported = viewKey(entry.map) + "|" + value.layers.join(",");
    window.Streamlit.setComponentValue(value);
  }

  function find(map) {
    for (var i = 0; i < MAPS.length; i++) if (MAPS[i].map === map) return MAPS[i];
    return null;
  }

  window.briefmapReport = function (map, extra) {
    var entry = find(map);
    if (entry) report(entry, extra);
  };

  function watchPage(entry) {
    var top = parentWindow();
    if (!top) return;
    function handOver(e) {
      var frame = window.frameElement;
      if (!frame || !frame.isConnected) {  // this map has been replaced: stop listening
        top.document.removeEventListener("pointerdown", handOver, true);
        top.document.removeEventListener("focusin", handOver, true);
        return;
      }
      if (e.target === frame) return;
      var now = viewKey(entry.map) + "|" + visibleLayers(entry).join(",");
      if (entry.moved && now !== entry.reported) report(entry);
    }
    top.document.addEventListener("pointerdown", handOver, true);
    top.document.addEventListener("focusin", handOver, true);
  }

  /**
   * Register a map. cfg: groups {layer id: group} in layer-control order; events (the
   * event layer or null); timed [[parent group, group, first day|null, last day|null]];
   * token (this build); tiles, presenter (styles); app (inside Streamlit: take the
   * page's state and report back); state (a fixed state, for exports).
   */
  window.briefmapRegister = function (map, cfg) {
    var entry = {
      map: map, groups: cfg.groups || {}, order: Object.keys(cfg.groups || {}), events: cfg.events || null,
      timed: cfg.timed || [], token: cfg.token || "", app: !!cfg.app, moved: false, layersTouched: false,
      reported: null, appliedLayers: null, applying: false, drawKind: null, drawHandler: null, drawnLayer: null
    };
    MAPS.push(entry);
    map._briefmapLayers = entry.groups;  // the legend shows the sections of the layers on
    var container = map.getContainer();
    container.classList.toggle("bm-tiles", !!cfg.tiles);
    container.classList.toggle("briefmap-presenter", !!cfg.presenter);
    map.on("zoomend", function () { markZoom(map); });
    markZoom(map);
    if (map.attributionControl) map.attributionControl.setPrefix("Leaflet");  // no link to follow offline

    var top = cfg.app ? parentWindow() : null;
    apply(entry, cfg.state || (top && top.__briefmapState) || null);
    var home = null;
    map.whenReady(function () { home = viewKey(map); });
    map.on("moveend", function () {
      if (home === null || viewKey(map) === home) return;
      entry.moved = true;
      fixAddress(entry);
    });
    var pending = null;
    map.on("overlayadd overlayremove", function () {
      if (entry.applying) return;
      entry.layersTouched = true;
      entry.moved = entry.moved || home === null || viewKey(map) !== home;
      fixAddress(entry);
      if (pending) clearTimeout(pending);
      pending = setTimeout(function () { pending = null; report(entry); }, 150);
    });
    if (cfg.app) {
      watchPage(entry);
      // Streamlit rewrites the address after a script run from what the server last knew;
      // put the view back (a string comparison a second, nothing when it is right)
      var keeper = setInterval(function () {
        if (!window.frameElement || !window.frameElement.isConnected) { clearInterval(keeper); return; }
        fixAddress(entry);
      }, 1000);
    }
    map.on("click", function (e) {
      if (!entry.picking) return;
      setPicking(entry, false);
      report(entry, { point: [round(e.latlng.lat, 5), round(e.latlng.lng, 5)] });
    });
    if (window.briefmapForwardKeys) window.briefmapForwardKeys();
    container.setAttribute("data-briefmap-ready", "1");
    map.fire("briefmapready");
    return entry;
  };

  /** Apply a state to every map in this document (the app's page calls it). */
  window.briefmapApplyState = function (state) {
    MAPS.forEach(function (entry) { apply(entry, state); });
  };
})();
