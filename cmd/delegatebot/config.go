package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
)

// configFileEnv names the configuration file when --config is not given.
const configFileEnv = "DELEGATEBOT_CONFIG"

// loadConfigFile reads KEY=VALUE lines (blank lines and # comments ignored,
// an optional "export " prefix and surrounding quotes allowed) and sets each
// variable that the environment does not already set: the environment
// overrides the file. Every malformed line is reported at once.
func loadConfigFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("config file: %w", err)
	}
	defer f.Close()
	var errs []error
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		k, v, ok := strings.Cut(line, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" || strings.ContainsAny(k, " \t\"'") {
			errs = append(errs, fmt.Errorf("config file %s:%d: not KEY=VALUE", path, n))
			continue
		}
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		}
		if _, set := os.LookupEnv(k); !set {
			os.Setenv(k, v)
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("config file: %w", err))
	}
	return errors.Join(errs...)
}

// configFile loads the file named by flag value path, else by
// DELEGATEBOT_CONFIG, if any.
func configFile(path string) error {
	if path == "" {
		path = os.Getenv(configFileEnv)
	}
	if path == "" {
		return nil
	}
	return loadConfigFile(path)
}
