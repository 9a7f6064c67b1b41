export function EmptyState({ title, body }: { title: string; body?: string }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
      <p className="font-medium">{title}</p>
      {body && <p className="mt-1 text-slate-700">{body}</p>}
    </div>
  );
}
