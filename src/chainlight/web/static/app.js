// chainlight analyst app: small conveniences only; every page works without JavaScript.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // Filters apply as soon as a choice is made.
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => select.form.submit());
  }
  // Remember the analyst's name between decisions (this browser only), so the audit trail stays filled in.
  for (const input of document.querySelectorAll("input[data-remember]")) {
    const key = "chainlight." + input.dataset.remember;
    if (!input.value) input.value = localStorage.getItem(key) || "";
    input.form.addEventListener("submit", () => localStorage.setItem(key, input.value.trim()));
  }
});
