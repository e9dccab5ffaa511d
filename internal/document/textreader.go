package document

// readText reads plain text: Text is the bytes unchanged but for control
// characters (ReplaceControls, byte for byte), so offsets into Text are
// offsets into the file. The headline, publisher, dateline and
// page chrome are found from the shape of the lines (see analyze).
func readText(raw []byte) *Document {
	d := &Document{Text: ReplaceControls(string(raw))}
	d.applyAnalysis(analyze(d.Text))
	return d
}
