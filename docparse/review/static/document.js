// The document screen: fields on the right, the page with the selected field's box on the
// left, keyboard first. Decisions go to the server at once; it keeps them.
"use strict";

(() => {
  const data = JSON.parse(document.getElementById("review-data").textContent);
  const token = document.querySelector("meta[name=review-token]").content;
  const fields = data.fields;
  const pagesPanel = document.getElementById("pages");
  const pageNote = document.getElementById("page-note");
  const toastBox = document.getElementById("toast");
  let current = 0;
  let openFlags = fields.filter((f) => f.flagged && !f.action).length;
  let editing = null;
  let approveArmed = false;
  let toastTimer = null;

  // ------------------------------------------------------------------ drawing

  function cardOf(index) {
    return document.querySelector(`.field[data-index="${index}"]`);
  }

  function renderCard(index) {
    const el = window.Fields.card(fields[index], data.types);
    el.dataset.index = String(index);
    el.classList.toggle("selected", index === current);
    el.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-action]");
      select(index);
      if (button) act(button.dataset.action);
    });
    const old = cardOf(index);
    if (old) old.replaceWith(el);
    else document.getElementById(fields[index].flagged ? "flagged" : "others").append(el);
  }

  function renderHeader(status) {
    const badge = document.getElementById("status");
    badge.textContent = status.replace("_", " ");
    badge.className = `pill ${status}`;
    const flagged = fields.filter((f) => f.flagged).length;
    document.getElementById("flag-count").textContent = `${flagged - openFlags} of ${flagged} decided`;
    document.getElementById("progress").textContent =
      openFlags ? `${openFlags} flagged field${openFlags === 1 ? "" : "s"} open` : "all flagged fields decided";
  }

  function toast(message, isError) {
    toastBox.textContent = message;
    toastBox.className = isError ? "toast error" : "toast";
    toastBox.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toastBox.hidden = true; }, isError ? 6000 : 3000);
  }

  function clearBoxes() {
    document.querySelectorAll(".page.has-box").forEach((page) => page.classList.remove("has-box"));
    document.querySelectorAll(".text-lines li.hit").forEach((line) => line.classList.remove("hit"));
  }

  function showBox(field) {
    clearBoxes();
    const prov = field.provenance;
    pageNote.hidden = Boolean(prov);
    if (!prov) {
      pageNote.textContent = `${field.label}: not located on the page`;
      return;
    }
    const [left, top, right, bottom] = prov.bbox;
    if (data.text) {
      const lines = document.querySelectorAll(".text-lines li");
      const first = Math.floor(top / data.linePitch);
      const last = Math.max(first, Math.floor((bottom - 1) / data.linePitch));
      for (let i = first; i <= last && i < lines.length; i++) lines[i].classList.add("hit");
      if (lines[first]) lines[first].scrollIntoView({ block: "center", behavior: "smooth" });
      return;
    }
    const page = document.querySelector(`.page[data-page="${prov.page}"]`);
    if (!page) return;
    const info = data.pages.find((p) => p.number === prov.page);
    const pad = Math.round(info.width / 150);
    const box = [left - pad, top - pad, right - left + 2 * pad, bottom - top + 2 * pad];
    const rect = page.querySelector("rect.box");
    ["x", "y", "width", "height"].forEach((name, i) => rect.setAttribute(name, String(box[i])));
    page.querySelector("path.shade").setAttribute("d",
      `M0 0H${info.width}V${info.height}H0Z M${box[0]} ${box[1]}h${box[2]}v${box[3]}h${-box[2]}Z`);
    page.classList.add("has-box");
    const scale = page.clientHeight / info.height;
    const middle = page.offsetTop + ((top + bottom) / 2) * scale;
    pagesPanel.scrollTo({ top: middle - pagesPanel.clientHeight / 2, behavior: "smooth" });
  }

  function select(index) {
    if (editing) closeEditor();
    const previous = cardOf(current);
    if (previous) previous.classList.remove("selected");
    current = Math.max(0, Math.min(fields.length - 1, index));
    const el = cardOf(current);
    el.classList.add("selected");
    el.scrollIntoView({ block: "nearest", behavior: "smooth" });
    showBox(fields[current]);
  }

  // After a decision: the next flagged field still open, else the next field.
  function advance() {
    const order = fields.map((_, i) => (current + 1 + i) % fields.length);
    const open = order.find((i) => fields[i].flagged && !fields[i].action);
    select(open !== undefined ? open : Math.min(current + 1, fields.length - 1));
  }

  // ------------------------------------------------------------------ server

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Review-Token": token },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(await response.text());
    return response.json();
  }

  async function decide(index, action, value) {
    const result = await post("/api/decision",
      { doc: data.doc, field: fields[index].key, action, value });
    fields[index] = result.field;
    openFlags = result.open;
    approveArmed = false;
    renderCard(index);
    renderHeader(result.status);
  }

  // ------------------------------------------------------------------ actions

  function closeEditor() {
    if (!editing) return;
    editing.element.remove();
    editing = null;
    cardOf(current).classList.remove("editing");
    cardOf(current).focus({ preventScroll: true });
  }

  function edit() {
    const field = fields[current];
    if (field.editor === "none") return toast(`${field.label} cannot be edited here`, true);
    closeEditor();
    const index = current;
    editing = window.Fields.editor(field, data.types, async (value) => {
      try {
        await decide(index, "correct", value);
        editing = null;
        advance();
      } catch (error) {
        if (editing) editing.showError(error.message);
      }
    }, closeEditor);
    cardOf(index).classList.add("editing");
    cardOf(index).append(editing.element);
    editing.focus();
  }

  async function act(action) {
    const field = fields[current];
    try {
      if (action === "edit") return edit();
      if (action === "accept" && field.action === "correct") {
        toast("Kept the correction (e edits it again)");
        return advance();
      }
      if (action === field.action) return advance();
      if (action === "reject" && field.required) return toast(`${field.label} is required: correct it instead`, true);
      await decide(current, action);
      advance();
    } catch (error) {
      toast(error.message, true);
    }
  }

  async function approve() {
    if (openFlags && !approveArmed) {
      approveArmed = true;
      return toast(`${openFlags} flagged field${openFlags === 1 ? " is" : "s are"} still open: Shift+A again approves anyway`);
    }
    try {
      const result = await post("/api/approve", { doc: data.doc });
      approveArmed = false;
      renderHeader(result.status);
      toast("Approved. n opens the next document.");
    } catch (error) {
      toast(error.message, true);
    }
  }

  // ------------------------------------------------------------------ keys

  const KEYS = {
    j: () => select(current + 1),
    ArrowDown: () => select(current + 1),
    Tab: () => select(current + 1),
    k: () => select(current - 1),
    ArrowUp: () => select(current - 1),
    BackTab: () => select(current - 1),
    a: () => act("accept"),
    e: () => act("edit"),
    x: () => act("reject"),
    A: approve,
    n: () => { window.location.href = data.nextUrl; },
    q: () => { window.location.href = "/"; },
  };
  // Keys run one after the other, each once the decision before it is saved: a reviewer
  // who types ahead (a a a) gets every field, in order.
  let pending = Promise.resolve();

  document.addEventListener("keydown", (event) => {
    if (window.Review.helpKey(event)) {
      event.preventDefault();
      return;
    }
    if (editing || window.Review.isTyping(event) || event.ctrlKey || event.metaKey || event.altKey) return;
    const task = KEYS[event.key === "Tab" && event.shiftKey ? "BackTab" : event.key];
    if (!task) return;
    event.preventDefault();
    pending = pending.then(task, task);
  });
  document.getElementById("approve").addEventListener("click", approve);

  fields.forEach((_, i) => renderCard(i));
  renderHeader(data.status);
  const firstOpen = fields.findIndex((f) => f.flagged && !f.action);
  select(firstOpen >= 0 ? firstOpen : 0);
})();
