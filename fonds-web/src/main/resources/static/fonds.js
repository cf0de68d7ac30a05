// Fonds reading room: small helps on top of pages that work without this script.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // "Copy citation": copies the text of the element named by data-copy.
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (!source || !navigator.clipboard) return;
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy citation"; }, 2000);
      });
    });
  });
  // Ticking a facet value searches at once; the Apply button stays for keyboards and no-script.
  document.querySelectorAll(".facets input[type=checkbox]").forEach(function (box) {
    box.addEventListener("change", function () { box.form.submit(); });
  });
});
