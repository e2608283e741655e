/* factcheck report: filters, search and opening collapsed sections on the way to a link. No network. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var search = document.getElementById("search");
  var shown = document.getElementById("shown");
  var cards = Array.prototype.slice.call(document.querySelectorAll("details.card"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.findings"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-card]"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));

  function matches(card, wanted, query) {
    for (var i = 0; i < wanted.length; i++) {
      if (wanted[i].value && card.getAttribute("data-" + wanted[i].name) !== wanted[i].value) {
        return false;
      }
    }
    return !query || card.textContent.toLowerCase().indexOf(query) !== -1;
  }

  function apply() {
    var wanted = selects.map(function (s) { return { name: s.getAttribute("data-filter"), value: s.value }; });
    var query = search.value.trim().toLowerCase();
    var filtering = !!query || wanted.some(function (w) { return w.value; });
    var visible = {};
    var count = 0;
    cards.forEach(function (card) {
      var ok = matches(card, wanted, query);
      card.hidden = !ok;
      visible[card.id] = ok;
      if (ok) { count += 1; }
    });
    sections.forEach(function (section) {
      section.hidden = filtering && !section.querySelector("details.card:not([hidden])");
    });
    rows.forEach(function (row) { row.hidden = !visible[row.getAttribute("data-card")]; });
    shown.textContent = count + " of " + cards.length + " findings shown";
  }

  function reveal() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) { return; }
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") { node.open = true; }
      if (node.hidden) { node.hidden = false; }
    }
    target.scrollIntoView();
  }

  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  window.addEventListener("hashchange", reveal);
  apply();
  reveal();
}());
