// A refusal shown beside the button that caused it (not in a banner far away from it), so the
// person reads why right where they clicked.
export function ButtonError({ error }: { error: Error | null | undefined }) {
  if (!error) return null;
  return (
    <p role="alert" className="error beside-button">
      {error.message}
    </p>
  );
}
