/** Prints the page; desk.css keeps only the list (or slip) on paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button-secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  )
}
