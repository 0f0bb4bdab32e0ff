import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFor, getSessions } from '../../data/calendar';
import type { Session } from '../../data/site';

export const getStaticPaths = (async () => {
  const sessions = await getSessions();
  return sessions.map((session) => ({ params: { slug: session.id }, props: { session } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await calendarFor([(props as { session: Session }).session]), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
