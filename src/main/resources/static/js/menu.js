// The header menu (ADR 0039) is a <details>: folded at phone size, open from md up. CSS alone shows it on wide
// screens where ::details-content is understood; this keeps the open state true to what is shown (screen readers
// announce it, older browsers show the links) and folds it again when the window becomes phone-sized.
(function () {
  var menu = document.getElementById('menu');
  if (!menu) {
    return;
  }
  var wide = window.matchMedia('(min-width: 768px)');
  function follow() {
    menu.open = wide.matches;
  }
  follow();
  wide.addEventListener('change', follow);
})();
