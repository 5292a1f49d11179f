package id.slrt.archfixture.cyclic.a;

import id.slrt.archfixture.cyclic.b.UsesA;

/** A planted defect for PackageBoundariesTest: a imports b, b imports a. */
public class UsesB {
    UsesA other;
}
