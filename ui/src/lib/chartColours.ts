// The chart's colours and fonts as SVG presentation attributes, not CSS: a downloaded SVG (or the
// PNG drawn from it) has no stylesheet, and the content security policy allows no inline styles.
// The same values as app.css's variables.
export const chartColours = {
  text: '#4a5360',
  grid: '#e3e7eb',
  axis: '#6b7580',
  series: '#5d6875',
  point: '#3d4752',
  centre: '#1d6b2f',
  signal: '#a4161a',
  improvement: '#0b5394',
  concern: '#b35c00',
  limit: '#6b7580',
  sigma2: '#8a939c',
  target: '#0b5394',
  band: '#fff4dc',
  bandEdge: '#b38a3c',
  baseline: '#f4f6f8',
  phase: '#1b1f24',
  annotation: '#0b5394',
  labelBox: '#ffffff',
  background: '#ffffff',
} as const;

export const chartFont = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
