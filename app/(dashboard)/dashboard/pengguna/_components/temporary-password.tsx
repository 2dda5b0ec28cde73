/** The one time a temporary password is shown: the admin hands it over, then it is gone. */
export function TemporaryPassword({ username, password }: { username: string; password: string }) {
  return (
    <div role="status" className="rounded border border-brand-600 bg-brand-50 p-4">
      <p className="font-semibold">Kata sandi sementara untuk {username}</p>
      <p className="mt-2">
        <code className="rounded bg-paper px-2 py-1 font-mono text-lg tracking-wide select-all">{password}</code>
      </p>
      <p className="mt-2 text-sm text-muted">
        Sampaikan kepada pemilik akun sekarang. Kata sandi ini hanya ditampilkan sekali dan wajib diganti saat pertama
        masuk.
      </p>
    </div>
  );
}
