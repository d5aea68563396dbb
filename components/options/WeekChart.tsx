import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { Category } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import { categoryLabel } from './labels';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// One colour per category, distinguishable in light and dark.
const COLOURS: Record<Category, string> = {
  disclaimer: '#4e79a7',
  confidential: '#e15759',
  'personal-data': '#f28e2b',
  safeguarding: '#b07aa1',
  political: '#59a14f',
  offensive: '#9c755f',
  grievance: '#edc948',
  announcement: '#76b7b2',
  advertising: '#ff9da7',
};

interface Props {
  weeks: number[];
  counts: Map<Category, number[]>;
}

const dark = () => matchMedia('(prefers-color-scheme: dark)').matches;

/** Notes per week, stacked by category (Chart.js); the canvas carries a text summary for screen readers. */
export function WeekChart({ weeks, counts }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current || !weeks.length) return;
    const text = dark() ? '#e6e6ea' : '#1b1b1f';
    const grid = dark() ? '#3a3a42' : '#e2e2e6';
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: weeks.map((w) => new Date(w).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })),
        datasets: [...counts].map(([c, data]) => ({ label: categoryLabel(c), data, backgroundColor: COLOURS[c] })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: true, ticks: { color: text }, grid: { color: grid } },
          y: { stacked: true, beginAtZero: true, ticks: { color: text, precision: 0 }, grid: { color: grid } },
        },
        plugins: { legend: { labels: { color: text } } },
      },
    });
    return () => chart.destroy();
  }, [weeks, counts]);
  if (!weeks.length) return <p>{t('options.log.chartEmpty')}</p>;
  const totals = [...counts].map(([c, data]) => `${categoryLabel(c)}: ${data.reduce((a, b) => a + b, 0)}`).join(', ');
  return (
    <div class="pw-chart">
      <canvas ref={canvas} role="img" aria-label={t('options.log.chartLabel', [String(weeks.length), totals])} />
    </div>
  );
}
