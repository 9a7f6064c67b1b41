// Shared class names so buttons and inputs look and behave the same everywhere.
export const buttonPrimary =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60";
export const buttonSecondary =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-60";
export const buttonDanger =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60";
export const inputClass =
  "block w-full min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700";
export const cardClass = "min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
export const linkClass = "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800";
