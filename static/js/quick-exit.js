// Quick exit: blank the page at once, then replace this history entry with a neutral site,
// so that Back does not return here. Works from the button, and from Shift pressed 3 times.
(function () {
  "use strict";
  var SHIFT_PRESSES = 3;
  var WITHIN_MS = 1500;
  var presses = [];

  function leave(destination) {
    document.title = "";
    document.documentElement.replaceChildren();
    window.location.replace(destination);
  }

  function destination() {
    var link = document.querySelector("[data-quick-exit]");
    return link ? link.href : "about:blank";
  }

  document.addEventListener("click", function (event) {
    var control = event.target.closest && event.target.closest("[data-quick-exit]");
    if (!control) return;
    event.preventDefault();
    leave(control.href);
  });

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < WITHIN_MS; });
    presses.push(now);
    if (presses.length >= SHIFT_PRESSES) leave(destination());
  });
})();
