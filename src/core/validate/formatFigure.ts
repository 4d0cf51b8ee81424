/** Figures in messages as clerks read them: thousands separators, at most two decimals, the unit after. */

/** 8239560.85 → "8,239,560.85"; locale-free so messages are the same on every machine. */
export function groupDigits(n: number): string {
  const sign = n < 0 ? '-' : '';
  const [int, frac] = (Math.round(Math.abs(n) * 100) / 100).toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = frac.replace(/0+$/, '');
  return sign + grouped + (decimals ? `.${decimals}` : '');
}

/** An amount in 万元 for a message: "8,239,560.85万元". */
export function formatWan(n: number): string {
  return `${groupDigits(n)}万元`;
}
