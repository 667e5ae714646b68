/**
 * Fetching the web pages that feed items link to ({@code --fetch}): {@link org.lagebild.ingest.fetch.PageFetcher}
 * speaks http and https only, with timeouts, a size cap, a polite per-host delay and at most five redirects,
 * each hop checked; it refuses loopback, private, link-local and other non-public addresses unless
 * {@link org.lagebild.ingest.fetch.FetchOptions#allowPrivate()} is set. {@link org.lagebild.ingest.fetch.FetchingSink}
 * puts it between a feed reader and the next sink.
 */
package org.lagebild.ingest.fetch;
