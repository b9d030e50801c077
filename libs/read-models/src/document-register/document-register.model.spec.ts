import { AMEND, DRAFT, REVIEW, SERVE, SIGN, documentHistory, givenRows } from './enforcement-history.fixture';
import { documentRegisterModel } from './document-register.model';

describe('执法文书台账 (document register)', () => {
  it('given a draft, then the row shows the mine, version 1 and that it was never served', () =>
    expect(givenRows(documentRegisterModel, 'd1', documentHistory(DRAFT)).latest).toMatchObject({
      mineName: '示范铁矿',
      jurisdiction: '140404',
      status: 'drafted',
      version: 1,
      neverServed: true,
      amendedAfterService: false,
    }));

  it('given a served document amended afterwards, then it is flagged and every version is kept', () => {
    const { latest, versions } = givenRows(
      documentRegisterModel,
      'd1',
      documentHistory(DRAFT, REVIEW, SIGN, SERVE, AMEND),
    );
    expect(latest).toMatchObject({
      status: 'served',
      version: 2,
      content: { facts: '一个出口（另一坍塌）' },
      neverServed: false,
      amendedAfterSigning: true,
      amendedAfterService: true,
      amendments: [expect.objectContaining({ version: 2, reason: '补充', fields: ['facts'], afterService: true })],
    });
    expect(versions.map((v) => v && v.version)).toEqual([1, 1, 1, 1, 2]);
    expect(versions[3]).toMatchObject({ content: { facts: '一个出口' }, amendedAfterService: false });
  });

  it('given a draft amended before signing, then nothing is flagged', () =>
    expect(givenRows(documentRegisterModel, 'd1', documentHistory(DRAFT, AMEND)).latest).toMatchObject({
      version: 2,
      amendedAfterSigning: false,
      amendedAfterService: false,
    }));
});
