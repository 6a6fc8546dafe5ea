/*
 * briefmapLabels: many text labels (towns) from one compact list, as non-interactive
 * markers. Names are data: they are set with textContent, never as HTML.
 * Rows are [lat, lon, name, rank, priority]; the dot sits on the town and the name
 * beside it, where label-placer.js finds room for it.
 */
(function () {
  "use strict";
  window.briefmapLabels = function (group, rows) {
    rows.forEach(function (row) {
      var span = document.createElement("span");
      span.className = "bm-town bm-town-" + (row[3] === "major" ? "major" : "minor");
      if (row.length > 4) span.setAttribute("data-label-priority", String(Number(row[4])));
      span.appendChild(document.createElement("i"));
      var text = document.createElement("span");
      text.className = "bm-town-text";
      text.textContent = row[2];
      span.appendChild(text);
      var icon = L.divIcon({ html: span, className: "bm-town-icon", iconSize: [0, 0], iconAnchor: [0, 0] });
      L.marker([row[0], row[1]], { icon: icon, interactive: false, keyboard: false }).addTo(group);
    });
  };
})();
