/** The three corners of an arrowhead at (x2, y2) pointing away from (x1, y1), as an SVG points list. */
export function arrowHeadPoints(x1: number, y1: number, x2: number, y2: number, size: number): string {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const spread = Math.PI / 7;
  const left = [x2 - size * Math.cos(angle - spread), y2 - size * Math.sin(angle - spread)];
  const right = [x2 - size * Math.cos(angle + spread), y2 - size * Math.sin(angle + spread)];
  return `${x2},${y2} ${left[0]},${left[1]} ${right[0]},${right[1]}`;
}
