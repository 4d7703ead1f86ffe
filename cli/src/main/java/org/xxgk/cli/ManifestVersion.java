package org.xxgk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, so that it is stated once, in the pom. */
final class ManifestVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = ManifestVersion.class.getPackage().getImplementationVersion();
        return new String[] {"xxgk " + (v == null ? "（开发版）" : v)};
    }
}
