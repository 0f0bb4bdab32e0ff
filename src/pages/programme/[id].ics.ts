import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { calendarFor, getSessions } from '../../data/calendar';

export async function getStaticPaths() {
  const sessions = await getSessions();
  return sessions.map((session) => ({ params: { id: session.id }, props: { session } }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
  new Response(await calendarFor([props.session]), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
