// Package fetch downloads web pages for pith's commands: the URL inputs of pith and
// pith explain, and those of pith batch. The extractor library never touches the network;
// all of pith's network code is here.
//
// A [Client] GETs one URL at a time per call with the same limits everywhere: a time
// limit for the whole fetch (connect, redirects and body), a size limit on the body, at
// most [MaxRedirects] redirects, and, when asked, at most a number of requests at once to
// one host. It sends a User-Agent naming pith and its version. It follows no links and
// does not read robots.txt: the user chose the URLs.
//
// This package may import the standard library, golang.org/x/net and internal/version;
// it may not import extractor or the commands.
package fetch
