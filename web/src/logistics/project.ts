/** A point on the map, in degrees. */
export interface LatLon {
  latitude: number
  longitude: number
}

/**
 * Places points in a width × height box, keeping their shape: longitude is shrunk by cos(latitude)
 * (an equirectangular projection, fine at the scale of a province) and the box keeps a margin.
 */
export function projector(points: readonly LatLon[], width: number, height: number, margin = 16) {
  const mid = points.reduce((sum, p) => sum + p.latitude, 0) / Math.max(1, points.length)
  const shrink = Math.cos((mid * Math.PI) / 180)
  const xs = points.map((p) => p.longitude * shrink)
  const ys = points.map((p) => p.latitude)
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const scale = Math.min((width - 2 * margin) / Math.max(maxX - minX, 1e-6), (height - 2 * margin) / Math.max(maxY - minY, 1e-6))
  return (p: LatLon) => ({
    x: margin + (p.longitude * shrink - minX) * scale,
    // north is up: larger latitude, smaller y
    y: height - margin - (p.latitude - minY) * scale,
  })
}
