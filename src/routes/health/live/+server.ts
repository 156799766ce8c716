/** Liveness for load balancers: a constant answer, no database. The benchmarks use it as the bare route. */
export const GET = () => new Response('ok', { headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' } });
