// The queue: j/k or arrows move, Enter opens, / searches; filters apply when changed.
"use strict";

(() => {
  const rows = Array.from(document.querySelectorAll("#docs tbody tr"));
  const form = document.getElementById("filters");
  let current = 0;

  function select(index) {
    if (!rows.length) return;
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach((row, i) => row.classList.toggle("selected", i === current));
    rows[current].scrollIntoView({ block: "nearest" });
  }

  rows.forEach((row, i) => {
    row.addEventListener("click", (event) => {
      if (event.target instanceof HTMLAnchorElement) return;
      select(i);
      window.location.href = row.dataset.href;
    });
  });

  form.querySelectorAll("select").forEach((field) => {
    field.addEventListener("change", () => form.submit());
  });

  document.addEventListener("keydown", (event) => {
    if (window.Review.helpKey(event)) {
      event.preventDefault();
      return;
    }
    if (window.Review.isTyping(event)) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const moves = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 };
    if (event.key in moves) {
      select(current + moves[event.key]);
    } else if (event.key === "Enter" && rows.length) {
      window.location.href = rows[current].dataset.href;
    } else if (event.key === "/") {
      form.querySelector("input[name=q]").focus();
    } else {
      return;
    }
    event.preventDefault();
  });

  select(0);
})();
