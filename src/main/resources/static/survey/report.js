// Print button of the IKM report and the survey code slip (kept out of the page so no inline script is needed).
document.addEventListener('DOMContentLoaded', () => {
  const button = document.getElementById('print-report');
  if (button) {
    button.addEventListener('click', () => window.print());
  }
});
