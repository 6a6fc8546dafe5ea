/*
 * briefmapLabels: many text labels (towns) from one compact list, as non-interactive
 * markers. Names are data: they are set with textContent, never as HTML.
 */
(function () {
  "use strict";
  window.briefmapLabels = function (group, rows) {
    rows.forEach(function (row) {
      var span = document.createElement("span");
      span.className = "bm-town bm-town-" + (row[3] === "major" ? "major" : "minor");
      span.appendChild(document.createElement("i"));
      span.appendChild(document.createTextNode(row[2]));
      var icon = L.divIcon({ html: span, className: "bm-town-icon", iconSize: [0, 0], iconAnchor: [0, 0] });
      L.marker([row[0], row[1]], { icon: icon, interactive: false, keyboard: false }).addTo(group);
    });
  };
})();
