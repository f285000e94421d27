package io.zhclaims.normalize;

/**
 * One line of an article during cleaning, in both scripts: {@code original} as the page wrote
 * it and {@code simplified} as the rules read it (t2s for traditional articles), both NFKC and
 * stripped. Stages decide on {@code simplified} and keep or cut both alike.
 */
record Line(String original, String simplified) {
    /** The line without its last characters of {@code simplified} from {@code suffix} on. */
    Line cutTail(int suffix, NoiseFilter noise) {
        String orig = original.length() == simplified.length() ? original.substring(0, suffix).strip()
                : original.substring(0, noise.noiseSuffix(original)).strip();
        return new Line(orig, simplified.substring(0, suffix).strip());
    }

    /** The line without its first {@code prefix} characters of {@code simplified}. */
    Line cut(int prefix, NoiseFilter noise) {
        String orig = original.length() == simplified.length() ? original.substring(prefix).strip()
                : original.substring(noise.noisePrefix(original)).strip();
        return new Line(orig, simplified.substring(prefix).strip());
    }
}
