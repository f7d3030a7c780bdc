// Package batch is the engine of "pith batch": it extracts the main content of many pages, read
// from WARC archives, folders of HTML files, HTML files, JSON Lines files, http(s) URLs and
// lists of these, on
// a pool of workers, and writes one output record per input record as JSON Lines or Parquet.
//
// # Pipeline
//
// One reader goroutine reads the inputs in order, record by record (a WARC archive is streamed,
// never loaded whole), and sends each record down a bounded channel; [Config.Workers] workers
// extract the pages; one writer puts the records in order and writes them. The reader takes a
// slot for each record and the writer gives it back once the record is written, so at most
// 4×Workers+3 records (the reader holds one while it waits for a slot), each holding at most one page of [Config.MaxBytes], are in memory
// whatever the size of the input. A .warc.gz file compressed one gzip member per record (the
// norm) is read in parallel: the reader only finds where the members start (without inflating
// them) and each worker inflates, parses and digests its own record, so the reader does not cap
// the run at a few cores. Each extraction runs with the extractor's time budget
// ([extractor.Options.Timeout]); a page that panics becomes an error record, and a page still
// running well past its budget is given up and written as a timeout, so one pathological page
// cannot stall the run.
//
// The reading of an input and the extraction of its records are the [Engine]'s, which [Run]'s
// pipeline drives and which other drivers (the Beam pipeline of pith-beam, in the beam module)
// use as they are, with [NewEncoder] to write: every driver writes the same records.
//
// # Inputs
//
// A WARC archive (.warc or .warc.gz, gzip per record as Common Crawl publishes; a .warc.gz made
// of one gzip stream is detected and read sequentially, with a warning) gives one record per
// WARC record. Response records of HTML over HTTP (by the HTTP Content-Type; without one, by
// the bytes) and resource records of HTML are extracted, with the URL from WARC-Target-URI and
// the charset from the HTTP header; the body is un-chunked and decompressed (gzip, deflate, br,
// zstd). Other records are skip records: request, metadata, warcinfo, revisit ("record-type"),
// non-HTTP responses ("not-http"), non-2xx responses ("http-status"), non-HTML ("not-html"). A
// corrupt or truncated record or gzip member is an error record ("warc"), its WARC header
// salvaged when the archive is a file, and reading goes on with the next record.
//
// A folder gives one record per .html, .htm or .xhtml file under it (also gzip-compressed,
// ".html.gz"), recursively, in lexical order. A JSON Lines file (.jsonl, .ndjson, also .gz)
// gives one record per non-blank line, an object with the fields:
//
//	html          string, required: the page (a JSON string: Unicode, whatever charset it names)
//	url           string: the page URL, for metadata and links
//	content_type  string: the HTTP Content-Type; a non-HTML type makes a skip record
//	id            any JSON value: copied to the output's "id" as it is (null is left out)
//
// Other fields are ignored. An http:// or https:// URL gives one record: it is fetched by the
// worker that extracts it (package fetch, with [Config.FetchTimeout] and [Config.MaxBytes], at
// most 10 redirects, at most [fetch.PerHost] requests at once to one host). A 2xx answer of HTML,
// or of no Content-Type, is extracted; another status is a skip ("http-status"), another
// Content-Type a skip ("not-html"); a URL that cannot be fetched at all is an error ("fetch").
// No link is followed and robots.txt is not read. "@FILE" (or [Config.Lists]) names a file
// listing inputs (paths and URLs) one per line; "-" is standard input, recognised by its first
// bytes like a file of unknown extension.
//
// Bytes that are not HTML are an error ("not-html") for a file, standard input, a JSON Lines
// record or a URL, as in pith; only a WARC record that no Content-Type says is HTML is a skip
// ("not-html") for them.
//
// # Output
//
// Each record is one JSON object on one line, with the fields of [Record] (left out when empty):
//
//	source          the WARC, JSON Lines or HTML file the record came from, the URL input as
//	                given; "<stdin>"
//	offset          WARC records: byte offset of the record in the file (compressed), as in CDX
//	line            JSON Lines records: 1-based line number
//	id              JSON Lines records: the input's "id", with its JSON type (a number stays a
//	                number); in Parquet a string column: a string's value, another value's JSON text
//	status          "ok", "skip", "error" or "low-confidence"
//	url             WARC-Target-URI, the input's "url", or a fetched URL's final URL
//	warc_record_id  WARC-Record-ID, with its angle brackets
//	warc_date       WARC-Date, as written (RFC 3339)
//	warc_type       WARC-Type
//	http_status     HTTP status of a WARC response or a fetched URL
//	fetch_date      when a URL input was fetched (RFC 3339, UTC)
//	content_type    HTTP Content-Type (of a WARC response or a fetch), or the WARC one of a
//	                resource record, or the input's
//	title           the headline
//	text            the main content without the title, blocks separated by blank lines
//	markdown        title and content as Markdown (with Config.Markdown)
//	body_source     "json-ld" when the page showed no prose and text is its JSON-LD articleBody
//	encoding, encoding_source
//	                the encoding the page was read in (WHATWG name) and what decided it: "bom",
//	                "http", "meta", "detected" (read from the bytes) or "default"
//	page_type       the page's kind as pith judged it (or --page-type): article, forum, product,
//	                collection, listing, documentation or service
//	confidence      pith's estimate, 0 to 1, of the word F1 of text against a careful reading
//	                of the page (extractor.Result.Confidence); also on a "no-content" error
//	                record (the estimate for the empty answer); null on skips and other errors
//	authors, published, modified, site_name, language, canonical_url, description, image,
//	tags, categories, notes
//	                the page's metadata, as extractor.Metadata documents them; title and
//	                metadata are also filled on a "no-content" error record
//	comments        with Config.Options.KeepComments: the page's comments (author, date,
//	                text, depth), a list of structs in Parquet
//	skip            status "skip": record-type, not-http, http-status or not-html
//	error           status "error": the message
//	error_kind      status "error": no-content, empty, not-html, too-large, too-many-nodes,
//	                timeout, decode, parse, content-encoding, http, warc, json, fetch, read,
//	                input, panic, extract
//
// The four statuses: "ok", the page was extracted; "skip", the record was not extracted by
// design (the skip field says why); "error", it failed (error and error_kind say why);
// "low-confidence", with [Config.MinConfidence] (pith batch --min-confidence X), the page was
// extracted but its confidence is under X: the record keeps its title, metadata and
// confidence and leaves out text and markdown (and comments) unless [Config.KeepLow]
// (--keep-low). A low-confidence record is not a failure: the summary counts it apart
// ("low-confidence N") and the exit status stays 0. Every input record still gives one line.
//
// Fields are only ever added. Parquet output ([FormatParquet]) has the same columns, zstd
// compressed; source and status are required, every other column is optional, null where the
// JSON record leaves the field out (not an empty string or a zero); the lists are LIST columns.
//
// # Resume
//
// Records of one input are all written before those of the next, in both orders. With an
// output file, a done log beside it (OUT.done) gets one line per input fully written, with the
// output's size at that point; with an output folder, each input's file is written as
// NAME.EXT.part and renamed when complete. With [Config.Resume] a new run on the same output
// skips the inputs done, cuts an output file back to the end of the last one (dropping the
// records of an input cut short), and goes on. An input that failed as a whole (missing,
// unreadable) is done too: its one error record is its output. Each URL is an input of its
// own, so a resumed run fetches only the URLs not written yet.
package batch
