// Field cards and their editors. Every value comes from a scanned page: it is only ever
// put into the page as text (textContent, input values), never as HTML.
"use strict";

window.Fields = (() => {
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (name === "class") el.className = value;
      else if (name === "text") el.textContent = value;
      else el.setAttribute(name, value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) {
        el.append(typeof child === "string" ? document.createTextNode(child) : child);
      }
    }
    return el;
  }

  function isEmpty(value) {
    return value === null || value === undefined || value === "" ||
      (Array.isArray(value) && value.length === 0);
  }

  function showValue(field, value, types) {
    if (isEmpty(value)) return h("span", { class: "empty", text: "empty" });
    switch (field.editor) {
      case "choice":
        return h("span", { text: `${types[value] || value} (${value})` });
      case "lines":
        return h("ol", {}, ...value.map((item) => h("li", { text: item })));
      case "recipients":
        return h("ol", {}, ...value.map((item) => h("li", {}, item.name,
          item.note ? h("span", { class: "note", text: ` — ${item.note}` }) : null)));
      case "none":
        return h("span", { class: "mono", text: JSON.stringify(value) });
      default:
        return h("span", { text: String(value) });
    }
  }

  function confidence(field) {
    const prov = field.provenance;
    if (!prov) return h("span", { class: "conf none", title: "not located on the page", text: "no box" });
    const level = prov.confidence < 0.6 ? "low" : prov.confidence < 0.85 ? "mid" : "high";
    const percent = Math.round(prov.confidence * 100);
    return h("span", { class: `conf ${level}`, title: "OCR confidence", text: `${percent} %` });
  }

  const DONE = { accept: "✓ accepted", correct: "✎ corrected", reject: "✗ rejected" };

  function card(field, types) {
    const classes = ["field"];
    if (field.flagged) classes.push("flagged");
    if (field.action) classes.push(`done-${field.action}`);
    const el = h("div", { class: classes.join(" "), tabindex: "-1" },
      h("div", { class: "field-head" },
        h("span", { class: "field-label", text: field.label }),
        h("span", { class: "field-key", text: field.key }),
        h("span", { class: "spacer" }),
        confidence(field)),
      field.reasons.length
        ? h("ul", { class: "reasons" }, ...field.reasons.map((r) => h("li", { text: r })))
        : null,
      h("div", { class: "value" }, showValue(field, field.value, types)));
    el.dataset.key = field.key;
    if (field.action === "correct" || field.action === "reject") {
      el.append(h("div", { class: "was" }, "read as: ",
        h("span", { text: isEmpty(field.machine) ? "(empty)" : summary(field, field.machine) })));
    }
    if (field.action) {
      const when = field.at ? field.at.replace("T", " ").slice(0, 16) : "";
      el.append(h("div", { class: `decision ${field.action}`,
        text: `${DONE[field.action]} by ${field.by} · ${when}` }));
    }
    el.append(h("div", { class: "actions" },
      h("button", { type: "button", "data-action": "accept", title: "a" }, "Accept ", h("kbd", { text: "a" })),
      field.editor === "none" ? null
        : h("button", { type: "button", "data-action": "edit", title: "e" }, "Edit ", h("kbd", { text: "e" })),
      field.required ? null
        : h("button", { type: "button", class: "danger", "data-action": "reject", title: "x" },
          "Reject ", h("kbd", { text: "x" }))));
    return el;
  }

  function summary(field, value) {
    if (field.editor === "recipients") return value.map((r) => r.name).join("; ");
    if (Array.isArray(value)) return value.join("; ");
    return String(value);
  }

  // ------------------------------------------------------------------ editors

  function listRow(item, recipients, onRemove) {
    const row = h("div", { class: "row" });
    const name = h("input", { type: "text", class: "name", "aria-label": recipients ? "name" : "item" });
    name.value = recipients ? item.name || "" : item || "";
    row.append(name);
    if (recipients) {
      const note = h("input", { type: "text", class: "note", placeholder: "note: b/c, t/h…", "aria-label": "note" });
      note.value = item.note || "";
      row.append(note);
    }
    const remove = h("button", { type: "button", title: "Remove this item", "aria-label": "remove" }, "×");
    remove.addEventListener("click", () => onRemove(row));
    row.append(remove);
    return row;
  }

  function editor(field, types, onSave, onCancel) {
    const el = h("div", { class: "editor" });
    const error = h("div", { class: "error", role: "alert" });
    let read;
    if (field.editor === "lines" || field.editor === "recipients") {
      const recipients = field.editor === "recipients";
      const rows = h("div", { class: "rows" });
      const remove = (row) => row.remove();
      (field.value || []).forEach((item) => rows.append(listRow(item, recipients, remove)));
      const add = h("button", { type: "button" }, recipients ? "+ Add recipient" : "+ Add item");
      add.addEventListener("click", () => {
        const row = listRow(recipients ? { name: "", note: "" } : "", recipients, remove);
        rows.append(row);
        row.querySelector("input").focus();
      });
      el.append(rows, h("div", {}, add));
      read = () => Array.from(rows.querySelectorAll(".row")).map((row) => {
        const name = row.querySelector("input.name").value;
        return recipients ? { name, note: row.querySelector("input.note").value } : name;
      });
    } else if (field.editor === "choice") {
      const select = h("select", { "aria-label": field.label });
      for (const [kind, name] of Object.entries(types)) {
        const option = h("option", { value: kind, text: `${name} (${kind})` });
        option.selected = kind === field.value;
        select.append(option);
      }
      el.append(select);
      read = () => select.value;
    } else {
      const long = field.editor === "long_text";
      const input = h(long ? "textarea" : "input", { "aria-label": field.label });
      if (!long) input.type = "text";
      if (field.editor === "date") {
        input.placeholder = "YYYY-MM-DD";
        input.inputMode = "numeric";
      }
      input.value = field.value === null || field.value === undefined ? "" : String(field.value);
      el.append(input);
      read = () => input.value;
    }
    const save = h("button", { type: "button", class: "primary" }, "Save ", h("kbd", { text: "Enter" }));
    const cancel = h("button", { type: "button" }, "Cancel ", h("kbd", { text: "Esc" }));
    save.addEventListener("click", () => onSave(read()));
    cancel.addEventListener("click", onCancel);
    el.append(error, h("div", { class: "buttons" }, save, cancel),
      h("div", { class: "hint", text: "An empty value is saved as “no value” (null or an empty list)." }));
    // Clicks and keys inside the editor are its own, not the card's or the page's.
    el.addEventListener("click", (event) => event.stopPropagation());
    el.addEventListener("keydown", (event) => {
      event.stopPropagation();
      if (event.key === "Escape") {
        event.preventDefault();
        onCancel();
      } else if (event.key === "Enter" && !event.shiftKey && event.target.matches("input, textarea, select")) {
        event.preventDefault();
        onSave(read());
      }
    });
    return {
      element: el,
      focus: () => {
        const first = el.querySelector("input, textarea, select, button");
        if (first) first.focus();
      },
      showError: (message) => { error.textContent = message; },
    };
  }

  return { card, editor };
})();
