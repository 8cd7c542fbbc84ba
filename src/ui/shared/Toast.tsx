import { signal } from '@preact/signals';

export interface ToastMessage {
  text: string;
  action?: { label: string; run: () => void | Promise<void> };
}

/** One message at a time, announced politely; an optional action (Undo). */
export const toast = signal<ToastMessage | null>(null);
let timer: ReturnType<typeof setTimeout> | undefined;

export function showToast(message: ToastMessage, ms = 10_000): void {
  toast.value = message;
  clearTimeout(timer);
  timer = setTimeout(() => {
    toast.value = null;
  }, ms);
}

export function Toast() {
  const m = toast.value;
  return (
    <div class="toast" role="status" aria-live="polite" data-testid="toast">
      {m ? (
        <>
          <span>{m.text}</span>
          {m.action ? (
            <button
              type="button"
              onClick={() => {
                const run = m.action?.run;
                toast.value = null;
                void run?.();
              }}
            >
              {m.action.label}
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
