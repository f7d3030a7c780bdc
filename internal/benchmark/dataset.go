package benchmark

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// Dataset is one benchmark set: annotated pages, sorted by id.
type Dataset struct {
	// Name is the set's name, the base name of its directory (for example "scrapinghub").
	Name string
	// Pages are the set's pages in ascending id order.
	Pages []Page
}

// Page is one annotated page of a [Dataset].
type Page struct {
	// ID is the page's key in ground-truth.json and the base name of its HTML file.
	ID string
	// URL is the address the page was crawled from.
	URL string
	// Truth is the annotated article body.
	Truth string
	// HTML is the page as crawled, undecoded bytes.
	HTML []byte
	// Type is the page's labelled kind where the set has one (wcxb-dev: article, forum,
	// product, collection, listing, documentation, service); empty otherwise.
	Type string
	// Title, Author and Date are the page's labelled metadata where the set has it.
	Title, Author, Date string
	// With are snippets the right answer contains, Without snippets of boilerplate it must
	// not contain, where the set has them (wcxb-dev).
	With, Without []string
}

// truthEntry is the part of one ground-truth.json record the benchmark reads.
type truthEntry struct {
	ArticleBody string   `json:"articleBody"`
	URL         string   `json:"url"`
	Type        string   `json:"type"`
	Title       string   `json:"title"`
	Author      string   `json:"author"`
	Date        string   `json:"date"`
	With        []string `json:"with"`
	Without     []string `json:"without"`
}

// LoadDataset reads a benchmark set laid out as dir/ground-truth.json, mapping page ids to
// {"articleBody", "url"}, and dir/html/<id>.html.gz. Pages are returned sorted by id.
func LoadDataset(dir string) (*Dataset, error) {
	truth, err := readTruth(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	ds := &Dataset{Name: filepath.Base(filepath.Clean(dir)), Pages: make([]Page, 0, len(ids))}
	for _, id := range ids {
		html, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, fmt.Errorf("benchmark: page %s: %w", id, err)
		}
		e := truth[id]
		ds.Pages = append(ds.Pages, Page{ID: id, URL: e.URL, Truth: e.ArticleBody, HTML: html,
			Type: e.Type, Title: e.Title, Author: e.Author, Date: e.Date, With: e.With, Without: e.Without})
	}
	return ds, nil
}

// readTruth decodes a ground-truth.json file.
func readTruth(path string) (map[string]truthEntry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("benchmark: read ground truth: %w", err)
	}
	var truth map[string]truthEntry
	if err := json.Unmarshal(data, &truth); err != nil {
		return nil, fmt.Errorf("benchmark: decode %s: %w", path, err)
	}
	return truth, nil
}

// readGzip returns the decompressed content of a gzip file.
func readGzip(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read html: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	defer zr.Close()
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	return out, nil
}
