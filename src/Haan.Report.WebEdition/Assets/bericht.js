// Progressive enhancement only: the pages are complete without it. Before printing, the data tables of the
// figures (closed <details>) are opened so that the printout contains them; afterwards they are closed again.
(function () {
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open])').forEach(function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
