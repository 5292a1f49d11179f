package id.slrt.archfixture.kernel.casefile;

/** A feature type the planted kernel class below wrongly uses. */
public class CaseThing {
}
