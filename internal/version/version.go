package version

// Version is pith's version.
const Version = "0.1.0-dev"
