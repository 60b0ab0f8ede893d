// The message attached to every section of status.analysis, in the exact format Iter8's analytics
// produced (docs/iter8-behaviour.md#analysis-messages): `Error: <e1>, <e2>; Warning: <w1>, …; Info: <i1>, …`.
// iter8ctl and
// users' scripts read these strings, so the separators and the empty-list rendering
// (`Error: ; Warning: ; Info: `) are part of the contract.

export class AnalysisMessages {
  private readonly errorTexts: string[] = [];
  private readonly warningTexts: string[] = [];
  private readonly infoTexts: string[] = [];

  error(...texts: string[]): this {
    this.errorTexts.push(...texts);
    return this;
  }

  warning(...texts: string[]): this {
    this.warningTexts.push(...texts);
    return this;
  }

  info(...texts: string[]): this {
    this.infoTexts.push(...texts);
    return this;
  }

  get errors(): readonly string[] {
    return this.errorTexts;
  }

  get warnings(): readonly string[] {
    return this.warningTexts;
  }

  get infos(): readonly string[] {
    return this.infoTexts;
  }

  toString(): string {
    return `Error: ${this.errorTexts.join(', ')}; Warning: ${this.warningTexts.join(', ')}; Info: ${this.infoTexts.join(', ')}`;
  }
}
