/** The ExamCampaign aggregate (体检式精查): one mine's campaign, its items, findings, rectification and closure. */
export * from './exam-campaign.commands';
export * from './exam-campaign.events';
export * from './exam-campaign.state';
export * from './exam-campaign.errors';
export * from './exam-campaign.decide';
export * from './exam-campaign.decider';
export * from './exam-campaign.access';
