// Sorting and filtering for the standalone pages. No network, no innerHTML: values are
// only ever read and compared as text, so nothing in the data can become markup.
(function () {
  "use strict";
  function cellText(row, index) {
    var cell = row.cells[index];
    return cell ? cell.textContent.trim() : "";
  }
  function compare(a, b) {
    var x = Number(a), y = Number(b);
    if (a !== "" && b !== "" && !isNaN(x) && !isNaN(y)) { return x - y; }
    return a.localeCompare(b, "en", { sensitivity: "base", numeric: true });
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var body = table.tBodies[0];
    Array.prototype.forEach.call(body.rows, function (row, i) { row.dataset.order = String(i); });
    table.querySelectorAll("thead th[data-column]").forEach(function (th) {
      var button = th.querySelector("button");
      button.addEventListener("click", function () {
        var index = Number(th.dataset.column);
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("thead th").forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var result = compare(cellText(r1, index), cellText(r2, index));
          if (result === 0) { result = Number(r1.dataset.order) - Number(r2.dataset.order); }
          return ascending ? result : -result;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  var form = document.getElementById("filters");
  if (!form) { return; }
  var table = document.getElementById(form.dataset.table);
  var count = document.getElementById("count");
  var none = document.getElementById("none");
  function apply() {
    var member = form.elements.member.value;
    var access = form.elements.access.value;
    var provider = form.elements.provider.value;
    var words = form.elements.text.value.trim().toLocaleLowerCase();
    var shown = 0, total = 0;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      total += 1;
      var visible = (!member || row.dataset.members.split(" ").indexOf(member) >= 0) &&
        (!access || row.dataset.access === access) &&
        (!provider || row.dataset.provider === provider) &&
        (!words || row.textContent.toLocaleLowerCase().indexOf(words) >= 0);
      row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    count.textContent = "Showing " + shown + " of " + total + " collections";
    none.hidden = shown !== 0;
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
})();
