// RPT-05: draws a report's chart with Chart.js (wwwroot/lib/chartjs, loaded before this module) from the JSON the page
// wrote beside its table. Progressive enhancement: without JavaScript, or if Chart.js is missing, the figure stays
// hidden and the table below carries every number. No inline handlers or styles, so the page's CSP holds.
const palette = ['#1d70b8', '#f47738', '#00703c', '#d4351c', '#4c2c92', '#28a197', '#912b88', '#b58840', '#505a5f', '#85994b', '#003078', '#f499be'];

for (const figure of document.querySelectorAll('[data-report-chart]')) {
  const source = document.getElementById(figure.dataset.reportChart);
  const Chart = window.Chart;
  if (!source || !Chart) {
    continue;
  }

  const spec = JSON.parse(source.textContent);
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${spec.title}. Every figure is in the table below the chart.`);
  canvas.textContent = 'The figures are in the table below.';
  figure.appendChild(canvas);
  figure.hidden = false;

  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({ label: s.name, data: s.values, backgroundColor: palette[i % palette.length] })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: spec.stacked },
        y: { stacked: spec.stacked, beginAtZero: true, ticks: { precision: 0 } },
      },
    },
  });
  figure.dataset.chartDrawn = 'true';
}
