// docparse review: what every page shares. Plain JS, no build step, no inline script.
"use strict";

window.Review = (() => {
  const help = document.getElementById("help");

  function toggleHelp(show) {
    help.hidden = show === undefined ? !help.hidden : !show;
  }

  function isTyping(event) {
    const target = event.target;
    return target instanceof HTMLElement &&
      (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
  }

  // Handles ? and Esc for the help; true when the key was used.
  function helpKey(event) {
    if (event.key === "?" && !isTyping(event)) {
      toggleHelp();
      return true;
    }
    if (event.key === "Escape" && !help.hidden) {
      toggleHelp(false);
      return true;
    }
    return !help.hidden;  // while the help shows, other keys do nothing
  }

  document.querySelectorAll("[data-help-toggle]").forEach((button) => {
    button.addEventListener("click", () => toggleHelp());
  });
  help.addEventListener("click", (event) => {
    if (event.target === help) toggleHelp(false);
  });

  return { helpKey, isTyping, toggleHelp };
})();
