"use strict";(()=>{var Ae,x,bt,To,ee,mt,ft,St,Le,$e,ue,$t,We,Ue,Ge,qo,Re={},Ce=[],ko=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,_e=Array.isArray;function Y(e,n){for(var o in n)e[o]=n[o];return e}function He(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function wo(e,n,o){var r,s,i,u={};for(i in n)i=="key"?r=n[i]:i=="ref"?s=n[i]:u[i]=n[i];if(arguments.length>2&&(u.children=arguments.length>3?Ae.call(arguments,2):o),typeof e=="function"&&e.defaultProps!=null)for(i in e.defaultProps)u[i]===void 0&&(u[i]=e.defaultProps[i]);return he(e,u,r,s,null)}function he(e,n,o,r,s){var i={type:e,props:n,key:o,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++bt,__i:-1,__u:0};return s==null&&x.vnode!=null&&x.vnode(i),i}function T(e){return e.children}function De(e,n){this.props=e,this.context=n}function te(e,n){if(n==null)return e.__?te(e.__,e.__i+1):null;for(var o;n<e.__k.length;n++)if((o=e.__k[n])!=null&&o.__e!=null)return o.__e;return typeof e.type=="function"?te(e):null}function Mo(e){if(e.__P&&e.__d){var n=e.__v,o=n.__e,r=[],s=[],i=Y({},n);i.__v=n.__v+1,x.vnode&&x.vnode(i),je(e.__P,i,n,e.__n,e.__P.namespaceURI,32&n.__u?[o]:null,r,o??te(n),!!(32&n.__u),s),i.__v=n.__v,i.__.__k[i.__i]=i,vt(r,i,s),n.__e=n.__=null,i.__e!=o&&ht(i)}}function ht(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(n){if(n!=null&&n.__e!=null)return e.__e=e.__c.base=n.__e}),ht(e)}function pt(e){(!e.__d&&(e.__d=!0)&&ee.push(e)&&!ve.__r++||mt!=x.debounceRendering)&&((mt=x.debounceRendering)||ft)(ve)}function ve(){try{for(var e,n=1;ee.length;)ee.length>n&&ee.sort(St),e=ee.shift(),n=ee.length,Mo(e)}finally{ee.length=ve.__r=0}}function Dt(e,n,o,r,s,i,u,l,a,d,g){var y,c,p,b,v,R,$=r&&r.__k||Ce,C=n.length;for(a=Po(o,n,$,a,C),y=0;y<C;y++)(p=o.__k[y])!=null&&(c=p.__i!=-1&&$[p.__i]||Re,p.__i=y,R=je(e,p,c,s,i,u,l,a,d,g),b=p.__e,p.ref&&c.ref!=p.ref&&(c.ref&&Ke(c.ref,null,p),g.push(p.ref,p.__c||b,p)),v==null&&b!=null&&(v=b),4&p.__u?(a=Rt(p,a,e),c.__e&&(c.__e=null)):typeof p.type=="function"&&R!==void 0?a=R:b&&(a=b.nextSibling),p.__u&=-7);return o.__e=v,a}function Po(e,n,o,r,s){var i,u,l,a,d,g=o.length,y=g,c=0;for(e.__k=new Array(s),i=0;i<s;i++)(u=n[i])!=null&&typeof u!="boolean"&&typeof u!="function"?(typeof u=="string"||typeof u=="number"||typeof u=="bigint"||u.constructor==String?u=e.__k[i]=he(null,u,null,null,null):_e(u)?u=e.__k[i]=he(T,{children:u},null,null,null):u.constructor===void 0&&u.__b>0?u=e.__k[i]=he(u.type,u.props,u.key,u.ref?u.ref:null,u.__v):e.__k[i]=u,a=i+c,u.__=e,u.__b=e.__b+1,l=null,(d=u.__i=Oo(u,o,a,y))!=-1&&(y--,(l=o[d])&&(l.__u|=2)),l==null||l.__v==null?(d==-1&&(s>g?c--:s<g&&c++),typeof u.type!="function"&&(u.__u|=4)):d!=a&&(d==a-1?c--:d==a+1?c++:(d>a?c--:c++,u.__u|=4))):e.__k[i]=null;if(y)for(i=0;i<g;i++)(l=o[i])!=null&&(2&l.__u)==0&&(l.__e==r&&(r=te(l)),_t(l,l));return r}function Rt(e,n,o){var r,s;if(typeof e.type=="function"){for(r=e.__k,s=0;r&&s<r.length;s++)r[s]&&(r[s].__=e,n=Rt(r[s],n,o));return n}e.__e!=n&&(n&&e.type&&!n.parentNode&&(n=te(e)),n=o.insertBefore(e.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function Oo(e,n,o,r){var s,i,u,l=e.key,a=e.type,d=n[o],g=d!=null&&(2&d.__u)==0;if(d===null&&l==null||g&&l==d.key&&a==d.type)return o;if(r>(g?1:0)){for(s=o-1,i=o+1;s>=0||i<n.length;)if((d=n[u=s>=0?s--:i++])!=null&&(2&d.__u)==0&&l==d.key&&a==d.type)return u}return-1}function gt(e,n,o){n[0]=="-"?e.setProperty(n,o??""):e[n]=o==null?"":typeof o!="number"||ko.test(n)?o:o+"px"}function Se(e,n,o,r,s){var i,u;e:if(n=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(n in r)o&&n in o||gt(e.style,n,"");if(o)for(n in o)r&&o[n]==r[n]||gt(e.style,n,o[n])}else if(n[0]=="o"&&n[1]=="n")i=n!=(n=n.replace($t,"$1")),u=n.toLowerCase(),n=u in e||n=="onFocusOut"||n=="onFocusIn"?u.slice(2):n.slice(2),e.l||(e.l={}),e.l[n+i]=o,o?r?o[ue]=r[ue]:(o[ue]=We,e.addEventListener(n,i?Ge:Ue,i)):e.removeEventListener(n,i?Ge:Ue,i);else{if(s=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{e[n]=o??"";break e}catch{}typeof o=="function"||(o==null||o===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&o==1?"":o))}}function yt(e){return function(n){if(this.l){var o=this.l[n.type+e];if(n[$e]==null)n[$e]=We++;else if(n[$e]<o[ue])return;return o(x.event?x.event(n):n)}}}function je(e,n,o,r,s,i,u,l,a,d){var g,y,c,p,b,v,R,$,C,P,Q,L,F,W,V,ie,U=n.type;if(n.constructor!==void 0)return null;128&o.__u&&(a=!!(32&o.__u),i=[l=n.__e=o.__e]),(g=x.__b)&&g(n);e:if(typeof U=="function"){y=u.length;try{if(C=n.props,P=U.prototype&&U.prototype.render,Q=(g=U.contextType)&&r[g.__c],L=g?Q?Q.props.value:g.__:r,o.__c?$=(c=n.__c=o.__c).__=c.__E:(P?n.__c=c=new U(C,L):(n.__c=c=new De(C,L),c.constructor=U,c.render=Fo),Q&&Q.sub(c),c.state||(c.state={}),c.__n=r,p=c.__d=!0,c.__h=[],c._sb=[]),P&&c.__s==null&&(c.__s=c.state),P&&U.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=Y({},c.__s)),Y(c.__s,U.getDerivedStateFromProps(C,c.__s))),b=c.props,v=c.state,c.__v=n,p)P&&U.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),P&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(P&&U.getDerivedStateFromProps==null&&C!==b&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(C,L),n.__v==o.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(C,c.__s,L)===!1){n.__v!=o.__v&&(c.props=C,c.state=c.__s,c.__d=!1),n.__e=o.__e,n.__k=o.__k,n.__k.some(function(K){K&&(K.__=n)}),Ce.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&u.push(c),l=te(o);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(C,c.__s,L),P&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(b,v,R)})}if(c.context=L,c.props=C,c.__P=e,c.__e=!1,F=x.__r,W=0,P)c.state=c.__s,c.__d=!1,F&&F(n),g=c.render(c.props,c.state,c.context),Ce.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,F&&F(n),g=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++W<25);c.state=c.__s,c.getChildContext!=null&&(r=Y(Y({},r),c.getChildContext())),P&&!p&&c.getSnapshotBeforeUpdate!=null&&(R=c.getSnapshotBeforeUpdate(b,v)),V=g!=null&&g.type===T&&g.key==null?At(g.props.children):g,l=Dt(e,_e(V)?V:[V],n,o,r,s,i,u,l,a,d),c.base=n.__e,n.__u&=-161,c.__h.length&&u.push(c),$&&(c.__E=c.__=null)}catch(K){if(u.length=y,n.__v=null,a||i!=null){if(K.then){for(n.__u|=a?160:128;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;i!=null&&(i[i.indexOf(l)]=null),n.__e=l}else if(i!=null)for(ie=i.length;ie--;)He(i[ie])}else n.__e=o.__e;n.__k==null&&(n.__k=o.__k||[]),K.then||Ct(n),x.__e(K,n,o)}}else i==null&&n.__v==o.__v?(n.__k=o.__k,n.__e=o.__e):l=n.__e=Bo(o.__e,n,o,r,s,i,u,a,d);return(g=x.diffed)&&g(n),128&n.__u?void 0:l}function Ct(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(Ct))}function vt(e,n,o){for(var r=0;r<o.length;r++)Ke(o[r],o[++r],o[++r]);x.__c&&x.__c(n,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(i){i.call(s)})}catch(i){x.__e(i,s.__v)}})}function At(e){return typeof e!="object"||e==null||e.__b>0?e:_e(e)?e.map(At):e.constructor!==void 0?null:Y({},e)}function Bo(e,n,o,r,s,i,u,l,a){var d,g,y,c,p,b,v,R=o.props||Re,$=n.props,C=n.type;if(C=="svg"?s="http://www.w3.org/2000/svg":C=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),i!=null){for(d=0;d<i.length;d++)if((p=i[d])&&"setAttribute"in p==!!C&&(C?p.localName==C:p.nodeType==3)){e=p,i[d]=null;break}}if(e==null){if(C==null)return document.createTextNode($);e=document.createElementNS(s,C,$.is&&$),l&&(x.__m&&x.__m(n,i),l=!1),i=null}if(C==null)R===$||l&&e.data==$||(e.data=$);else{if(i=C=="textarea"&&$.defaultValue!=null?null:i&&Ae.call(e.childNodes),!l&&i!=null)for(R={},d=0;d<e.attributes.length;d++)R[(p=e.attributes[d]).name]=p.value;for(d in R)p=R[d],d=="dangerouslySetInnerHTML"?y=p:d=="children"||d in $||d=="value"&&"defaultValue"in $||d=="checked"&&"defaultChecked"in $||Se(e,d,null,p,s);for(d in $)p=$[d],d=="children"?c=p:d=="dangerouslySetInnerHTML"?g=p:d=="value"?b=p:d=="checked"?v=p:l&&typeof p!="function"||R[d]===p||Se(e,d,p,R[d],s);if(g)l||y&&(g.__html==y.__html||g.__html==e.innerHTML)||(e.innerHTML=g.__html),n.__k=[];else if(y&&(e.innerHTML=""),Dt(n.type=="template"?e.content:e,_e(c)?c:[c],n,o,r,C=="foreignObject"?"http://www.w3.org/1999/xhtml":s,i,u,i?i[0]:o.__k&&te(o,0),l,a),i!=null)for(d=i.length;d--;)He(i[d]);l&&C!="textarea"||(d="value",C=="progress"&&b==null?e.removeAttribute("value"):b!=null&&(b!==e[d]||C=="progress"&&!b||C=="option"&&b!=R[d])&&Se(e,d,b,R[d],s),d="checked",v!=null&&v!=e[d]&&Se(e,d,v,R[d],s))}return e}function Ke(e,n,o){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&n==null||(e.__u=e(n))}else e.current=n}catch(s){x.__e(s,o)}}function _t(e,n,o){var r,s;if(x.unmount&&x.unmount(e),(r=e.ref)&&(r.current&&r.current!=e.__e||Ke(r,null,n)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(i){x.__e(i,n)}r.base=r.__P=r.__n=null}if(r=e.__k)for(s=0;s<r.length;s++)r[s]&&_t(r[s],n,o||typeof e.type!="function");o||He(e.__e),e.__c=e.__=e.__e=void 0}function Fo(e,n,o){return this.constructor(e,o)}function It(e,n,o){var r,s,i,u;n==document&&(n=document.documentElement),x.__&&x.__(e,n),s=(r=typeof o=="function")?null:o&&o.__k||n.__k,i=[],u=[],je(n,e=(!r&&o||n).__k=wo(T,null,[e]),s||Re,Re,n.namespaceURI,!r&&o?[o]:s?null:n.firstChild?Ae.call(n.childNodes):null,i,!r&&o?o:s?s.__e:n.firstChild,r,u),vt(i,e,u),e.props.children=null}Ae=Ce.slice,x={__e:function(e,n,o,r){for(var s,i,u;n=n.__;)if((s=n.__c)&&!s.__)try{if((i=s.constructor)&&i.getDerivedStateFromError!=null&&(s.setState(i.getDerivedStateFromError(e)),u=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,r||{}),u=s.__d),u)return s.__E=s}catch(l){e=l}throw e}},bt=0,To=function(e){return e!=null&&e.constructor===void 0},De.prototype.setState=function(e,n){var o;o=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Y({},this.state),typeof e=="function"&&(e=e(Y({},o),this.props)),e&&Y(o,e),e!=null&&this.__v&&(n&&this._sb.push(n),pt(this))},De.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),pt(this))},De.prototype.render=T,ee=[],ft=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,St=function(e,n){return e.__v.__b-n.__v.__b},ve.__r=0,Le=Math.random().toString(8),$e="__d"+Le,ue="__a"+Le,$t=/(PointerCapture)$|Capture$/i,We=0,Ue=yt(!1),Ge=yt(!0),qo=0;var de,M,Ze,Et,le=0,Pt=[],O=x,Nt=O.__b,xt=O.__r,Tt=O.diffed,qt=O.__c,kt=O.unmount,wt=O.__;function ze(e,n){O.__h&&O.__h(M,e,le||n),le=0;var o=M.__H||(M.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function m(e){return le=1,Qo(Bt,e)}function Qo(e,n,o){var r=ze(de++,2);if(r.t=e,!r.__c&&(r.__=[o?o(n):Bt(void 0,n),function(l){var a=r.__N?r.__N[0]:r.__[0],d=r.t(a,l);a!==d&&(r.__N=[d,r.__[1]],r.__c.setState({}))}],r.__c=M,!M.__f)){var s=function(l,a,d){if(!r.__c.__H)return!0;var g=!1,y=r.__c.props!==l;if(r.__c.__H.__.some(function(p){if(p.__N){g=!0;var b=p.__[0];p.__=p.__N,p.__N=void 0,b!==p.__[0]&&(y=!0)}}),i){var c=i.call(this,l,a,d);return g?c||y:c}return!g||y};M.__f=!0;var i=M.shouldComponentUpdate,u=M.componentWillUpdate;M.componentWillUpdate=function(l,a,d){if(this.__e){var g=i;i=void 0,s(l,a,d),i=g}u&&u.call(this,l,a,d)},M.shouldComponentUpdate=s}return r.__N||r.__}function _(e,n){var o=ze(de++,3);!O.__s&&Ot(o.__H,n)&&(o.__=e,o.u=n,M.__H.__h.push(o))}function Ee(e){return le=5,H(function(){return{current:e}},[])}function H(e,n){var o=ze(de++,7);return Ot(o.__H,n)&&(o.__=e(),o.__H=n,o.__h=e),o.__}function Ne(e,n){return le=8,H(function(){return e},n)}function Vo(){for(var e;e=Pt.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(Ie),n.__h.some(Ye),n.__h=[]}catch(o){n.__h=[],O.__e(o,e.__v)}}}O.__b=function(e){M=null,Nt&&Nt(e)},O.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),wt&&wt(e,n)},O.__r=function(e){xt&&xt(e),de=0;var n=(M=e.__c).__H;n&&(Ze===M?(n.__h=[],M.__h=[],n.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})):(n.__h.some(Ie),n.__h.some(Ye),n.__h=[],de=0)),Ze=M},O.diffed=function(e){Tt&&Tt(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&(Pt.push(n)!==1&&Et===O.requestAnimationFrame||((Et=O.requestAnimationFrame)||Lo)(Vo)),n.__H.__.some(function(o){o.u&&(o.__H=o.u,o.u=void 0)})),Ze=M=null},O.__c=function(e,n){n.some(function(o){try{o.__h.some(Ie),o.__h=o.__h.filter(function(r){return!r.__||Ye(r)})}catch(r){n.some(function(s){s.__h&&(s.__h=[])}),n=[],O.__e(r,o.__v)}}),qt&&qt(e,n)},O.unmount=function(e){kt&&kt(e);var n,o=e.__c;o&&o.__H&&(o.__H.__.some(function(r){try{Ie(r)}catch(s){n=s}}),o.__H=void 0,n&&O.__e(n,o.__v))};var Mt=typeof requestAnimationFrame=="function";function Lo(e){var n,o=function(){clearTimeout(r),Mt&&cancelAnimationFrame(n),setTimeout(e)},r=setTimeout(o,35);Mt&&(n=requestAnimationFrame(o))}function Ie(e){var n=M,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),M=n}function Ye(e){var n=M;e.__c=e.__(),M=n}function Ot(e,n){return!e||e.length!==n.length||n.some(function(o,r){return o!==e[r]})}function Bt(e,n){return typeof n=="function"?n(e):n}var h=class extends String{__apiType;value;__meta__;constructor(n,o){super(n),this.value=n,this.__meta__=o}toString(){return this.value}},Ft=new h(`
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  commander
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}
    `,{fragmentName:"Me"}),Qt=new h(`
    query AbuseFlags($code: String!) {
  abuseFlags(communeCode: $code, status: OPEN, first: 50) {
    totalCount
    nodes {
      id
      reason
      createdAt
      resident {
        displayName
        email
      }
      brigade {
        name
      }
    }
  }
}
    `),Vt=new h(`
    mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {
  decideAbuseFlag(id: $id, suspend: $suspend, note: $note) {
    id
    status
  }
}
    `),Lt=new h(`
    query AdminCommunes {
  communes(participating: true) {
    code
    name
    participatingSince
    brigade {
      name
    }
    referent {
      displayName
    }
  }
}
    `),Ut=new h(`
    query AdminBrigades {
  brigades {
    id
    code
    name
    kind
    phone
    communes {
      code
    }
  }
}
    `),Gt=new h(`
    query AdminCategories {
  categories {
    code
    label
    urgency
    order
    active
    diversion
  }
}
    `),Wt=new h(`
    query RoutingSetup {
  communes(participating: true) {
    code
    name
    brigade {
      name
    }
  }
  categories {
    code
    label
  }
  brigades {
    id
    name
  }
}
    `),Ht=new h(`
    query RoutingRules($c: String!) {
  categoryOverrides(communeCode: $c) {
    category {
      code
      label
    }
    brigade {
      id
      name
    }
  }
}
    `),jt=new h(`
    mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
  setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) {
    code
  }
}
    `),Kt=new h(`
    query Accounts($filter: UserFilter, $after: String) {
  users(filter: $filter, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      displayName
      email
      role
      disabledAt
      enrolmentStatus
      brigade {
        name
      }
      commune {
        name
      }
      coordinatedCommunes {
        name
      }
    }
  }
}
    `),Zt=new h(`
    mutation EnableAccount($id: ID!) {
  enableAccount(userId: $id) {
    id
  }
}
    `),Yt=new h(`
    mutation DisableAccount($id: ID!) {
  disableAccount(userId: $id, reason: "Désactivé depuis la console") {
    id
  }
}
    `),zt=new h(`
    query Audit($after: String) {
  auditEvents(first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      kind
      targetType
      targetId
      actor {
        displayName
      }
    }
  }
}
    `),Jt=new h(`
    mutation ResumeSession {
  resumeSession {
    accessToken
    expiresIn
    user {
      ...Me
    }
  }
}
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  commander
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}`),Xt=new h(`
    mutation Login($email: String!, $password: String!, $totpCode: String) {
  login(email: $email, password: $password, cookie: true, totpCode: $totpCode) {
    accessToken
    expiresIn
    user {
      ...Me
    }
  }
}
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  commander
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}`),en=new h(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `),tn=new h(`
    mutation EndSession {
  endSession
}
    `),nn=new h(`
    query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
  brigadeQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
      description
      createdAt
      priority
      overdue
      assignee {
        displayName
      }
      incident {
        id
        reportCount
      }
      category {
        code
        label
        urgency
      }
      commune {
        code
        name
      }
      location {
        latitude
        longitude
      }
    }
  }
}
    `),on=new h(`
    query BrigadeSetup {
  categories {
    code
    label
  }
  me {
    brigade {
      communes {
        code
        name
        referent {
          id
        }
      }
    }
  }
  brigadeTo: brigades {
    id
    code
    name
  }
}
    `),rn=new h(`
    query QueueOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),sn=new h(`
    subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
  brigadeQueueEvents(brigadeId: $brigade, after: $after) {
    id
    reportId
    kind
    status
  }
}
    `),an=new h(`
    query CommuneBroadcasts($code: String!, $after: String) {
  broadcasts(communeCode: $code, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      body
      sender
      recipients
      createdAt
      expiresAt
    }
  }
}
    `),un=new h(`
    mutation BroadcastToResidents($input: BroadcastInput!) {
  broadcastToResidents(input: $input) {
    id
    recipients
  }
}
    `),dn=new h(`
    query ProblemCases($after: String) {
  problemCases(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      status
      communeCodes
      openedAt
    }
  }
}
    `),ln=new h(`
    query ProblemCaseDetail($id: ID!) {
  problemCase(id: $id) {
    id
    title
    problem
    status
    managedByMe
    openedAt
    closedAt
    assessment
    evaluation {
      windowDays
      totalBefore
      totalAfter
      afterComplete
    }
    members {
      displayName
      role
      brigadeName
      organisation {
        name
      }
    }
    reports {
      categoryCode
      status
      communeCode
      observedOn
    }
    actions {
      id
      title
      owner
      dueOn
      status
      outcome
    }
    meetings {
      id
      heldOn
      attendees
      minutes
    }
  }
}
    `),cn=new h(`
    mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {
  saveProblemCaseAction(caseId: $case, input: $input) {
    id
  }
}
    `),mn=new h(`
    mutation CloseProblemCase($case: ID!, $assessment: String!) {
  closeProblemCase(caseId: $case, assessment: $assessment) {
    id
    status
  }
}
    `),pn=new h(`
    mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {
  recordProblemCaseMeeting(caseId: $case, input: $input) {
    id
  }
}
    `),gn=new h(`
    subscription CoordinatorFeed {
  myNotifications {
    kind
  }
}
    `),yn=new h(`
    query CommuneBilan($code: String!, $year: Int!) {
  communeBilan(communeCode: $code, year: $year) {
    total
    threshold
    csv
  }
}
    `),bn=new h(`
    query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
  enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      displayName
      email
      phone
      enrolmentStatus
    }
  }
}
    `),fn=new h(`
    mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
  decideEnrolment(userId: $id, approve: $approve, reason: $reason) {
    id
  }
}
    `),Sn=new h(`
    mutation SuspendResident($id: ID!, $reason: String!) {
  suspendResident(userId: $id, reason: $reason) {
    id
  }
}
    `),$n=new h(`
    mutation ReinstateResident($id: ID!) {
  reinstateResident(userId: $id) {
    id
  }
}
    `),hn=new h(`
    query CommuneAlerts($code: String!) {
  interventionAlerts(communeCode: $code, first: 20) {
    nodes {
      id
      message
      recipients
      createdAt
      closedAt
      closingMessage
    }
  }
}
    `),Dn=new h(`
    query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {
  communeOutlines(codes: [$code]) {
    code
    name
    polygons
  }
  communeActivity(communeCode: $code, from: $from, to: $to) {
    total
    medianSecondsToAcknowledge
    byCategory {
      key
      count
    }
    byStatus {
      key
      count
    }
    byWeek {
      key
      count
    }
    reports(first: 100) {
      nodes {
        id
        status
        category {
          label
        }
        location {
          latitude
          longitude
        }
      }
    }
  }
  categories {
    code
    label
  }
}
    `),Rn=new h(`
    query DepartementChoices {
  brigades {
    departement
  }
}
    `),Cn=new h(`
    query DepartementPage($departement: String!, $from: Date!, $to: Date!) {
  departementActivity(departement: $departement, from: $from, to: $to) {
    total
    communes {
      code
      name
      participating
      total
      open
    }
    byWeek {
      key
      count
    }
    brigades {
      brigade {
        code
        name
      }
      total
      acknowledged
      medianSecondsToAcknowledge
      overdue
      overdueShare
    }
    cells {
      latitude
      longitude
      count
    }
  }
}
    `),vn=new h(`
    query DepartementOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),An=new h(`
    mutation ConfirmIncident($id: ID!) {
  confirmIncident(incidentId: $id) {
    id
    confirmed
  }
}
    `),_n=new h(`
    mutation SplitReportFromIncident($id: ID!, $reason: String) {
  splitReportFromIncident(reportId: $id, reason: $reason) {
    id
  }
}
    `),In=new h(`
    mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {
  transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) {
    id
    status
  }
}
    `),En=new h(`
    query ReportDetail($id: ID!) {
  report(id: $id) {
    id
    status
    description
    observedAt
    createdAt
    routingRule
    accuracyMeters
    priority
    acknowledgeBy
    overdue
    assignee {
      id
      displayName
    }
    category {
      code
      label
      urgency
    }
    commune {
      code
      name
    }
    brigade {
      id
      name
    }
    location {
      latitude
      longitude
    }
    photos {
      id
      url
    }
    reporter {
      displayName
      email
      phone
    }
    duplicateOf {
      id
    }
    events {
      id
      kind
      status
      publicNote
      internalNote
      actorRole
      at
    }
    possibleDuplicates {
      reportId
      categoryCode
      status
      distanceMeters
      observedAt
    }
    incident {
      id
      confirmed
      reportCount
      reports {
        id
        status
        observedAt
        category {
          label
        }
      }
    }
  }
}
    `),Nn=new h(`
    query SecurityRequests($status: SecurityRequestStatus, $after: String) {
  securityRequests(filter: {status: $status}, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      communeCode
      topic
      subject
      status
      updatedAt
    }
  }
}
    `),xn=new h(`
    query SecurityRequestThread($id: ID!) {
  securityRequest(id: $id) {
    id
    status
    messages {
      authorRole
      body
      createdAt
    }
  }
}
    `),Tn=new h(`
    mutation OpenSecurityRequest($input: SecurityRequestInput!) {
  openSecurityRequest(input: $input) {
    id
    status
  }
}
    `),qn=new h(`
    mutation ReplyToSecurityRequest($id: ID!, $body: String!) {
  replyToSecurityRequest(id: $id, body: $body) {
    id
    status
  }
}
    `),kn=new h(`
    mutation CloseSecurityRequest($id: ID!) {
  closeSecurityRequest(id: $id) {
    id
    status
  }
}
    `),wn=new h(`
    mutation SetTotp($code: String) {
  setTotp(code: $code) {
    uri
    qrSvg
    secret
    enabled
    recoveryCodes
  }
}
    `),Mn=new h(`
    mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
  transitionReport(
    reportId: $id
    to: $to
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
    status
  }
}
    `),Pn=new h(`
    mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
  addReportNote(
    reportId: $id
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
  }
}
    `),On=new h(`
    mutation MarkDuplicate($id: ID!, $of: ID!) {
  markDuplicate(reportId: $id, duplicateOf: $of) {
    id
    status
  }
}
    `),Bn=new h(`
    mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
  rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) {
    id
  }
}
    `),Fn=new h(`
    query ReportAlerts($commune: String!) {
  interventionAlerts(communeCode: $commune, first: 20) {
    nodes {
      id
      message
      createdAt
      closedAt
      reportId
    }
  }
}
    `),Qn=new h(`
    mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
  sendInterventionAlert(
    communeCode: $commune
    message: $message
    reportId: $report
  ) {
    id
    recipients
  }
}
    `),Vn=new h(`
    mutation CloseInterventionAlert($id: ID!, $message: String!) {
  closeInterventionAlert(id: $id, message: $message) {
    id
    closedAt
  }
}
    `),Ln=new h(`
    query BrigadeStaff {
  brigadeStaff {
    id
    displayName
    rank
    commander
  }
}
    `),Un=new h(`
    mutation AssignReport($id: ID!, $user: ID) {
  assignReport(reportId: $id, userId: $user) {
    id
    assignee {
      id
      displayName
    }
  }
}
    `),Gn=new h(`
    mutation FlagReporterAbuse($id: ID!, $reason: String!) {
  flagReporterAbuse(reportId: $id, reason: $reason) {
    id
    status
  }
}
    `),Wn=new h(`
    mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
  setReportPriority(reportId: $id, priority: $priority, reason: $reason) {
    id
    priority
  }
}
    `);var Go={"\n  query AbuseFlags($code: String!) {\n    abuseFlags(communeCode: $code, status: OPEN, first: 50) {\n      totalCount\n      nodes { id reason createdAt resident { displayName email } brigade { name } }\n    }\n  }\n":Qt,"\n  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {\n    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }\n  }\n":Vt,"\n  query AdminCommunes {\n    communes(participating: true) { code name participatingSince brigade { name } referent { displayName } }\n  }\n":Lt,"\n  query AdminBrigades {\n    brigades { id code name kind phone communes { code } }\n  }\n":Ut,"\n  query AdminCategories {\n    categories { code label urgency order active diversion }\n  }\n":Gt,"\n  query RoutingSetup {\n    communes(participating: true) { code name brigade { name } }\n    categories { code label }\n    brigades { id name }\n  }\n":Wt,"\n  query RoutingRules($c: String!) {\n    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }\n  }\n":Ht,"\n  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {\n    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }\n  }\n":jt,"\n  query Accounts($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }\n    }\n  }\n":Kt,"\n  mutation EnableAccount($id: ID!) {\n    enableAccount(userId: $id) { id }\n  }\n":Zt,'\n  mutation DisableAccount($id: ID!) {\n    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }\n  }\n':Yt,"\n  query Audit($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at kind targetType targetId actor { displayName } }\n    }\n  }\n":zt,"\n  fragment Me on User {\n    id\n    displayName\n    email\n    role\n    rank\n    commander\n    brigade { id code name departement timeZone }\n    coordinatedCommunes { code name timeZone }\n  }\n":Ft,"\n  mutation ResumeSession {\n    resumeSession { accessToken expiresIn user { ...Me } }\n  }\n":Jt,"\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }\n  }\n":Xt,"\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n":en,"\n  mutation EndSession {\n    endSession\n  }\n":tn,"\n  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {\n    brigadeQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status description createdAt priority overdue assignee { displayName } incident { id reportCount } category { code label urgency } commune { code name } location { latitude longitude } }\n    }\n  }\n":nn,"\n  query BrigadeSetup {\n    categories { code label }\n    me { brigade { communes { code name referent { id } } } }\n    brigadeTo: brigades { id code name }\n  }\n":on,"\n  query QueueOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":rn,"\n  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {\n    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }\n  }\n":sn,"\n  query CommuneBroadcasts($code: String!, $after: String) {\n    broadcasts(communeCode: $code, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title body sender recipients createdAt expiresAt }\n    }\n  }\n":an,"\n  mutation BroadcastToResidents($input: BroadcastInput!) {\n    broadcastToResidents(input: $input) { id recipients }\n  }\n":un,"\n  query ProblemCases($after: String) {\n    problemCases(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status communeCodes openedAt }\n    }\n  }\n":dn,"\n  query ProblemCaseDetail($id: ID!) {\n    problemCase(id: $id) {\n      id title problem status managedByMe openedAt closedAt assessment\n      evaluation { windowDays totalBefore totalAfter afterComplete }\n      members { displayName role brigadeName organisation { name } }\n      reports { categoryCode status communeCode observedOn }\n      actions { id title owner dueOn status outcome }\n      meetings { id heldOn attendees minutes }\n    }\n  }\n":ln,"\n  mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {\n    saveProblemCaseAction(caseId: $case, input: $input) { id }\n  }\n":cn,"\n  mutation CloseProblemCase($case: ID!, $assessment: String!) {\n    closeProblemCase(caseId: $case, assessment: $assessment) { id status }\n  }\n":mn,"\n  mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {\n    recordProblemCaseMeeting(caseId: $case, input: $input) { id }\n  }\n":pn,"\n  subscription CoordinatorFeed {\n    myNotifications { kind }\n  }\n":gn,"\n  query CommuneBilan($code: String!, $year: Int!) {\n    communeBilan(communeCode: $code, year: $year) { total threshold csv }\n  }\n":yn,"\n  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {\n    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email phone enrolmentStatus }\n    }\n  }\n":bn,"\n  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {\n    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }\n  }\n":fn,"\n  mutation SuspendResident($id: ID!, $reason: String!) {\n    suspendResident(userId: $id, reason: $reason) { id }\n  }\n":Sn,"\n  mutation ReinstateResident($id: ID!) {\n    reinstateResident(userId: $id) { id }\n  }\n":$n,"\n  query CommuneAlerts($code: String!) {\n    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }\n  }\n":hn,"\n  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {\n    communeOutlines(codes: [$code]) { code name polygons }\n    communeActivity(communeCode: $code, from: $from, to: $to) {\n      total\n      medianSecondsToAcknowledge\n      byCategory { key count }\n      byStatus { key count }\n      byWeek { key count }\n      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }\n    }\n    categories { code label }\n  }\n":Dn,"\n  query DepartementChoices {\n    brigades { departement }\n  }\n":Rn,"\n  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {\n    departementActivity(departement: $departement, from: $from, to: $to) {\n      total\n      communes { code name participating total open }\n      byWeek { key count }\n      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }\n      cells { latitude longitude count }\n    }\n  }\n":Cn,"\n  query DepartementOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":vn,"\n  mutation ConfirmIncident($id: ID!) {\n    confirmIncident(incidentId: $id) { id confirmed }\n  }\n":An,"\n  mutation SplitReportFromIncident($id: ID!, $reason: String) {\n    splitReportFromIncident(reportId: $id, reason: $reason) { id }\n  }\n":_n,"\n  mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {\n    transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) { id status }\n  }\n":In,"\n  query ReportDetail($id: ID!) {\n    report(id: $id) {\n      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue\n      assignee { id displayName }\n      category { code label urgency }\n      commune { code name }\n      brigade { id name }\n      location { latitude longitude }\n      photos { id url }\n      reporter { displayName email phone }\n      duplicateOf { id }\n      events { id kind status publicNote internalNote actorRole at }\n      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }\n      incident { id confirmed reportCount reports { id status observedAt category { label } } }\n    }\n  }\n":En,"\n  query SecurityRequests($status: SecurityRequestStatus, $after: String) {\n    securityRequests(filter: { status: $status }, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id communeCode topic subject status updatedAt }\n    }\n  }\n":Nn,"\n  query SecurityRequestThread($id: ID!) {\n    securityRequest(id: $id) { id status messages { authorRole body createdAt } }\n  }\n":xn,"\n  mutation OpenSecurityRequest($input: SecurityRequestInput!) {\n    openSecurityRequest(input: $input) { id status }\n  }\n":Tn,"\n  mutation ReplyToSecurityRequest($id: ID!, $body: String!) {\n    replyToSecurityRequest(id: $id, body: $body) { id status }\n  }\n":qn,"\n  mutation CloseSecurityRequest($id: ID!) {\n    closeSecurityRequest(id: $id) { id status }\n  }\n":kn,"\n  mutation SetTotp($code: String) {\n    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }\n  }\n":wn,"\n  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {\n    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }\n  }\n":Mn,"\n  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {\n    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }\n  }\n":Pn,"\n  mutation MarkDuplicate($id: ID!, $of: ID!) {\n    markDuplicate(reportId: $id, duplicateOf: $of) { id status }\n  }\n":On,"\n  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {\n    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }\n  }\n":Bn,"\n  query ReportAlerts($commune: String!) {\n    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }\n  }\n":Fn,"\n  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {\n    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }\n  }\n":Qn,"\n  mutation CloseInterventionAlert($id: ID!, $message: String!) {\n    closeInterventionAlert(id: $id, message: $message) { id closedAt }\n  }\n":Vn,"\n  query BrigadeStaff {\n    brigadeStaff { id displayName rank commander }\n  }\n":Ln,"\n  mutation AssignReport($id: ID!, $user: ID) {\n    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }\n  }\n":Un,"\n  mutation FlagReporterAbuse($id: ID!, $reason: String!) {\n    flagReporterAbuse(reportId: $id, reason: $reason) { id status }\n  }\n":Gn,"\n  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {\n    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }\n  }\n":Wn};function S(e){return Go[e]??{}}var G=class extends Error{constructor(o,r,s=null){super(o);this.code=r;this.field=s}};S(`
  fragment Me on User {
    id
    displayName
    email
    role
    rank
    commander
    brigade { id code name departement timeZone }
    coordinatedCommunes { code name timeZone }
  }
`);var Wo=S(`
  mutation ResumeSession {
    resumeSession { accessToken expiresIn user { ...Me } }
  }
`),Ho=S(`
  mutation Login($email: String!, $password: String!, $totpCode: String) {
    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }
  }
`),jo=S(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`),Ko=S(`
  mutation EndSession {
    endSession
  }
`),z=null,Te=0,Je=null,Xe=new Set;function Hn(e){return Xe.add(e),()=>Xe.delete(e)}function jn(e){return z=e.accessToken,Te=Date.now()+e.expiresIn*1e3,e.user}function Kn(){z=null,Te=0,Xe.forEach(e=>e(null))}async function Zn(){return z&&Date.now()>Te-3e4&&await me(),z}async function ce(e,n){let o={"content-type":"application/json"};z&&(o.authorization=`Bearer ${z}`);let r;try{r=await fetch("/graphql",{method:"POST",headers:o,credentials:"same-origin",body:JSON.stringify({query:e.toString(),variables:n})})}catch{throw new G("Le serveur est injoignable. Vérifiez la connexion puis réessayez.","NETWORK")}try{return await r.json()}catch{throw new G(`Réponse illisible du serveur (HTTP ${r.status}).`,"INTERNAL")}}function xe(e){let n=e?.errors?.[0];return n?new G(n.message??"Erreur",n.extensions?.code??"INTERNAL",n.extensions?.field??null):null}async function D(e,...[n]){z&&Date.now()>Te-3e4&&await me();let o=n??{},r=await ce(e,o),s=xe(r);if(s?.code==="UNAUTHENTICATED"&&z&&await me()&&(r=await ce(e,o),s=xe(r)),s)throw s.code==="UNAUTHENTICATED"&&Kn(),s;if(!r.data)throw new G("Réponse vide du serveur.","INTERNAL");return r.data}function me(){return Je??=(async()=>{try{let e=await ce(Wo,{});return xe(e)||!e.data?(z=null,null):jn(e.data.resumeSession)}catch{return null}finally{Je=null}})(),Je}async function Yn(e,n,o=null){let r=await ce(Ho,{email:e,password:n,totpCode:o}),s=xe(r);if(s)throw s;if(!r.data)throw new G("Réponse vide du serveur.","INTERNAL");return jn(r.data.login)}async function qe(e=!1){try{e?await D(jo):await ce(Ko,{})}finally{Kn()}}var B={SUBMITTED:"Reçu",ACKNOWLEDGED:"Pris en compte",IN_PROGRESS:"Intervention en cours",RESOLVED:"Traité",REJECTED:"Classé sans suite",DUPLICATE:"Doublon",WITHDRAWN:"Retiré"};function zn(e){return Object.hasOwn(B,e)?B[e]:e}var Jn=["SUBMITTED","ACKNOWLEDGED","IN_PROGRESS"],Xn={FILED:"Signalement déposé",STATUS_CHANGED:"Statut modifié",NOTE:"Réponse au signalant",INTERNAL_NOTE:"Note interne",COMMENT:"Précision du signalant",PHOTOS_ADDED:"Photos ajoutées",REROUTED:"Transmis à une autre unité",DUPLICATE_LINKED:"Rattaché comme doublon",WITHDRAWN:"Retiré par le signalant",ASSIGNED:"Attribution",PRIORITY_CHANGED:"Priorité modifiée",ESCALATED:"Délai dépassé, hiérarchie prévenue",INCIDENT_CHANGED:"Regroupement en incident"},Z={RESIDENT:"Habitant",COORDINATOR:"Coordinateur communal",BRIGADE_STAFF:"Personnel de brigade",ADMIN:"Administrateur",PARTNER:"Partenaire"},pe={PENDING:"En attente",APPROVED:"Approuvée",REJECTED:"Refusée",SUSPENDED:"Suspendue"},eo={COMMUNE_DEFAULT:"Brigade de la commune",CATEGORY_OVERRIDE:"Règle par catégorie",REROUTED:"Transmis"},J={3:"Immédiate",2:"Élevée",1:"Normale",0:"Faible"},to=[3,2,1,0],et=e=>new Intl.DateTimeFormat("fr-FR",{dateStyle:"short",timeStyle:"short",timeZone:e}),tt=et("Europe/Paris");function no(e){try{tt=et(e||"Europe/Paris")}catch{tt=et("Europe/Paris")}}var Zo=new Intl.DateTimeFormat("fr-FR",{day:"numeric",month:"short",timeZone:"UTC"});function q(e){return tt.format(new Date(e))}function ke(e){return Zo.format(new Date(`${e}T00:00:00Z`))}function oo(e,n=Date.now()){let o=Math.max(0,Math.round((n-new Date(e).getTime())/6e4));if(o<1)return"à l’instant";if(o<60)return`il y a ${o} min`;let r=Math.round(o/60);return r<48?`il y a ${r} h`:`il y a ${Math.round(r/24)} j`}function we(e){return e==null?"—":e<3600?`${Math.round(e/60)} min`:e<172800?`${(e/3600).toFixed(1).replace(".",",")} h`:`${Math.round(e/86400)} j`}var Yo=0,Qi=Array.isArray;function t(e,n,o,r,s,i){n||(n={});var u,l,a=n;if("ref"in a)for(l in a={},n)l=="ref"?u=n[l]:a[l]=n[l];var d={type:e,props:a,key:o,ref:u,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Yo,__i:-1,__u:0,__source:s,__self:i};if(typeof e=="function"&&(u=e.defaultProps))for(l in u)a[l]===void 0&&(a[l]=u[l]);return x.vnode&&x.vnode(d),d}function ro(e){let n=new Date(`${e}T00:00:00Z`);return n.setUTCDate(n.getUTCDate()-(n.getUTCDay()+6)%7),n}function Me(e,n,o){let r=new Map(e.map(u=>[u.key,u.count])),s=[],i=ro(o);for(let u=ro(n);u<=i&&s.length<530;u.setUTCDate(u.getUTCDate()+7)){let l=u.toISOString().slice(0,10);s.push({key:l,count:r.get(l)??0})}return s.length?s:e}function Pe({weeks:e}){if(e.every(i=>i.count===0))return t("p",{class:"muted",children:"Aucun signalement sur la période."});let n=Math.max(...e.map(i=>i.count)),o=180,r=Math.min(48,640/e.length),s=r*e.length;return t("figure",{class:"chart","data-testid":"weekly-chart",children:[t("svg",{viewBox:`0 0 ${s} ${o+24}`,role:"img","aria-labelledby":"weekly-caption",children:e.map((i,u)=>{let l=n?Math.max(2,i.count/n*o):0;return t("g",{children:[t("rect",{x:u*r+2,y:o-l,width:Math.max(2,r-4),height:l,class:"bar",children:t("title",{children:`Semaine du ${ke(i.key)} : ${i.count}`})}),(e.length<=12||u%Math.ceil(e.length/12)===0)&&t("text",{x:u*r+r/2,y:o+16,class:"axis",children:ke(i.key)})]},i.key)})}),t("figcaption",{id:"weekly-caption",children:"Signalements par semaine (semaines commençant le lundi)."}),t("table",{class:"visually-hidden",children:[t("caption",{children:"Signalements par semaine"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Semaine du"}),t("th",{scope:"col",children:"Signalements"})]})}),t("tbody",{children:e.map(i=>t("tr",{children:[t("td",{children:ke(i.key)}),t("td",{children:i.count})]},i.key))})]})]})}var Oe=1e3,nt=680;function ot(e,n){let o=Math.sin(n*Math.PI/180),r=.5-Math.log((1+o)/(1-o))/(4*Math.PI);return[(e+180)/360,r]}function zo(){let n=document.querySelector('meta[name="vigie-map-tiles"]')?.getAttribute("content")?.trim();return n||null}function oe(e){let{outlines:n,points:o}=e,r=H(()=>{let[a,d,g,y]=[1/0,1/0,-1/0,-1/0],c=([v,R])=>{a=Math.min(a,v),g=Math.max(g,v),d=Math.min(d,R),y=Math.max(y,R)};if(n.forEach(v=>v.polygons.forEach(R=>R[0]?.forEach(([$,C])=>c(ot($,C))))),o.forEach(v=>c(ot(v.longitude,v.latitude))),!Number.isFinite(a))return null;let p=Math.max(g-a,y-d)*.04||5e-4;a-=p,d-=p,g+=p,y+=p;let b=Math.min(Oe/(g-a),nt/(y-d));return a-=(Oe/b-(g-a))/2,d-=(nt/b-(y-d))/2,{minX:a,minY:d,scale:b,height:nt}},[n,o]);if(!r)return t("p",{class:"muted",children:"Aucune commune à afficher."});let s=(a,d)=>{let[g,y]=ot(a,d);return[(g-r.minX)*r.scale,(y-r.minY)*r.scale]},i=a=>a.map(d=>d.map(g=>g.map(([y,c],p)=>`${p?"L":"M"}${s(y,c).map(b=>b.toFixed(1)).join(" ")}`).join("")+"Z").join("")).join(""),u=Jo(r),l=n.map(a=>{let d=a.polygons[0]?.[0]??[],g=d.reduce((y,[c,p])=>[y[0]+c,y[1]+p],[0,0]);return{outline:a,centre:d.length?s(g[0]/d.length,g[1]/d.length):null}});return t("figure",{class:"map",children:[t("svg",{viewBox:`0 0 ${Oe} ${r.height}`,role:"group","aria-label":e.title,children:[u.map(a=>t("image",{href:a.href,x:a.x,y:a.y,width:a.size,height:a.size},a.href)),l.map(({outline:a})=>t("path",{class:"commune",d:i(a.polygons),"fill-rule":"evenodd",children:t("title",{children:a.name})},a.code)),l.map(({outline:a,centre:d})=>d?t("text",{x:d[0],y:d[1],class:"commune-name","aria-hidden":"true",children:a.name},a.code):null),o.map(a=>{let[d,g]=s(a.longitude,a.latitude),y=()=>e.onSelect?.(a.id),c=e.onSelect?{tabIndex:0,role:"button",onClick:y,onKeyDown:b=>{(b.key==="Enter"||b.key===" ")&&(b.preventDefault(),y())}}:{role:"img"},p=e.grid?16+Math.min(24,a.weight*4):0;return t("g",{class:`marker urgency-${e.grid?"grid":a.weight}${a.selected?" selected":""}`,"aria-label":a.label,"data-report":a.id,...c,children:[e.grid?t("rect",{x:d-p/2,y:g-p/2,width:p,height:p}):t("circle",{cx:d,cy:g,r:a.selected?17:13}),t("title",{children:a.label})]},a.id)})]}),t("figcaption",{children:[e.title," — contours des communes : IGN (Admin Express), servis par Vigie."]})]})}function Jo(e){let n=zo();if(!n)return[];let o=Math.max(0,Math.min(18,Math.round(Math.log2(e.scale/256)))),r=2**o,s=e.scale/r,i=e.minX+Oe/e.scale,u=e.minY+e.height/e.scale,l=[];for(let a=Math.floor(e.minX*r);a<=Math.floor(i*r);a++)for(let d=Math.floor(e.minY*r);d<=Math.floor(u*r);d++){let g=n.replace("{z}",String(o)).replace("{x}",String(a)).replace("{y}",String(d));l.push({href:g,x:(a/r-e.minX)*e.scale,y:(d/r-e.minY)*e.scale,size:s})}return l.slice(0,64)}var Xo=0;function rt(e){let[n]=m(()=>`${e}-${++Xo}`);return n}function I({kind:e,children:n}){return t("p",{class:`notice notice-${e}`,role:e==="error"?"alert":"status",children:n})}function k(e){return e instanceof G?e.message:"Une erreur inattendue est survenue."}function N(e){let[n,o]=m(!1),[r,s]=m(null),[i,u]=m(null);return{run:Ne(async(...d)=>{o(!0),s(null),u(null);try{let g=await e(...d);g&&u(g)}catch(g){s(k(g))}finally{o(!1)}},[e]),busy:n,feedback:t(T,{children:[r&&t(I,{kind:"error",children:r}),i&&t(I,{kind:"success",children:i})]})}}function A(e){let n=rt("field"),o=e.hint?`${n}-hint`:void 0,r={id:n,value:e.value,required:e.required,"aria-describedby":o,onInput:s=>e.onInput(s.target.value)};return t("div",{class:"field",children:[t("label",{for:n,children:[e.label,e.required&&t("span",{"aria-hidden":"true",children:" *"})]}),e.hint&&t("span",{class:"hint",id:o,children:e.hint}),e.multiline?t("textarea",{rows:3,...r}):t("input",{type:e.type??"text",autocomplete:e.autocomplete,...r})]})}function E(e){let n=rt("select");return t("div",{class:"field",children:[t("label",{for:n,children:e.label}),t("select",{id:n,value:e.value,onChange:o=>e.onChange(o.target.value),children:e.options.map(([o,r])=>t("option",{value:o,children:r},o))})]})}function w({title:e,children:n,id:o}){let r=rt("section");return t("section",{class:"panel","aria-labelledby":r,id:o,children:[t("h2",{id:r,children:e}),n]})}var er=S(`
  query DepartementChoices {
    brigades { departement }
  }
`),tr=S(`
  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {
    departementActivity(departement: $departement, from: $from, to: $to) {
      total
      communes { code name participating total open }
      byWeek { key count }
      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }
      cells { latitude longitude count }
    }
  }
`),nr=S(`
  query DepartementOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),io=e=>e.toISOString().slice(0,10);function so(){let[e,n]=m([]),[o,r]=m(""),[s,i]=m(io(new Date(Date.now()-90*864e5))),[u,l]=m(io(new Date)),[a,d]=m(null),[g,y]=m([]),[c,p]=m(null);_(()=>{D(er).then($=>{let C=[...new Set($.brigades.map(P=>P.departement))].sort();n(C),r(P=>P||C[0]||"")}).catch($=>p(k($)))},[]),_(()=>{if(!o||!s||!u)return;let $=!0;return D(tr,{departement:o,from:s,to:u}).then(async C=>{if(!$)return;d(C.departementActivity),p(null);let P=C.departementActivity.communes.slice(0,100).map(L=>L.code),Q=await D(nr,{codes:P});$&&y(Q.communeOutlines)}).catch(C=>$&&p(k(C))),()=>{$=!1}},[o,s,u]);let b=H(()=>(a?.cells??[]).map($=>({id:`${$.latitude},${$.longitude}`,latitude:$.latitude,longitude:$.longitude,weight:$.count,label:`${$.count} signalement${$.count>1?"s":""} dans ce carré d’environ 200 m`})),[a]),v=H(()=>[...a?.communes??[]].filter($=>$.total>0).sort(($,C)=>C.total-$.total),[a]),R=(a?.communes.length??0)-v.length;return t(w,{title:"Le département d’un coup d’œil",id:"departement",children:[t("form",{class:"filters",onSubmit:$=>$.preventDefault(),"aria-label":"Département et période",children:[t(E,{label:"Département",value:o,onChange:r,options:e.map($=>[$,$])}),t(A,{label:"Du",type:"date",value:s,onInput:i}),t(A,{label:"Au",type:"date",value:u,onInput:l})]}),c&&t(I,{kind:"error",children:c}),a&&t("div",{class:"columns",children:[t("div",{children:[t("p",{class:"figures",children:t("span",{children:[t("strong",{"data-testid":"departement-total",children:a.total})," signalements sur la période"]})}),t(Pe,{weeks:Me(a.byWeek,s,u)}),t("table",{class:"counts",children:[t("caption",{children:"Brigades : délais de prise en compte"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Brigade"}),t("th",{scope:"col",children:"Reçus"}),t("th",{scope:"col",children:"Délai médian"}),t("th",{scope:"col",children:"En retard"})]})}),t("tbody",{children:a.brigades.map($=>t("tr",{children:[t("th",{scope:"row",children:$.brigade.name}),t("td",{children:$.total}),t("td",{children:we($.medianSecondsToAcknowledge??null)}),t("td",{children:[$.overdue,$.overdueShare!=null&&` (${Math.round($.overdueShare*100)} %)`]})]},$.brigade.code))})]}),t("table",{class:"counts",children:[t("caption",{children:["Communes (",a.communes.length,", dont ",R," sans signalement sur la période)"]}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Commune"}),t("th",{scope:"col",children:"Signalements"}),t("th",{scope:"col",children:"En cours"}),t("th",{scope:"col",children:"Participation citoyenne"})]})}),t("tbody",{children:v.map($=>t("tr",{children:[t("th",{scope:"row",children:$.name}),t("td",{children:$.total}),t("td",{children:$.open}),t("td",{children:$.participating?"Oui":"Non"})]},$.code))})]})]}),t(oe,{title:"Signalements de la période, par carré d’environ 200 m",outlines:g,points:b,grid:!0})]})]})}function j(e,n,o,r){let[s,i]=m([]),[u,l]=m(null),[a,d]=m(null),[g,y]=m(!1),[c,p]=m(null),[b,v]=m(!1),[R,$]=m(0),C=async(Q,L)=>{v(!0);try{let F=await D(e,{...o,after:Q}),W=n(F);i(V=>L?[...V,...W.nodes]:W.nodes),l(W.totalCount),d(W.pageInfo.endCursor),y(W.pageInfo.hasNextPage),p(null)}catch(F){p(k(F))}finally{v(!1)}};_(()=>{C(null,!1)},[...r,R]);let P=g?t("button",{type:"button",disabled:b,onClick:()=>void C(a,!0),children:["Afficher plus (",s.length," sur ",u,")"]}):null;return{nodes:s,total:u,error:c,more:P,reload:()=>$(Q=>Q+1)}}var ge=[["communes","Communes"],["departement","Département"],["brigades","Brigades"],["categories","Catégories"],["routing","Acheminement"],["accounts","Comptes"],["audit","Journal"]];function ao({me:e}){let[n,o]=m("communes");return t("div",{class:"admin",children:[t("div",{role:"tablist","aria-label":"Administration",class:"tabs",children:ge.map(([r,s])=>t("button",{type:"button",role:"tab",id:`tab-${r}`,"aria-selected":n===r,"aria-controls":"admin-panel",tabIndex:n===r?0:-1,onClick:()=>o(r),onKeyDown:i=>{let u=ge.findIndex(([a])=>a===n),l=i.key==="ArrowRight"?1:i.key==="ArrowLeft"?-1:0;if(l){let a=ge[(u+l+ge.length)%ge.length][0];o(a),document.getElementById(`tab-${a}`)?.focus()}},children:s},r))}),t("div",{role:"tabpanel",id:"admin-panel","aria-labelledby":`tab-${n}`,children:[n==="departement"&&t(so,{}),n==="communes"&&t(pr,{}),n==="brigades"&&t(gr,{}),n==="categories"&&t(yr,{}),n==="routing"&&t(br,{}),n==="accounts"&&t(fr,{me:e}),n==="audit"&&t($r,{})]})]})}function ye(e,n,...o){let[r,s]=m(null),[i,u]=m(null),[l,a]=m(0);return _(()=>{D(e,...o).then(d=>(s(d),u(null))).catch(d=>u(k(d)))},[...n,l]),{data:r,error:i&&t(I,{kind:"error",children:i}),reload:()=>a(d=>d+1)}}function re({rows:e,columns:n,rowKey:o}){return t("table",{children:[t("thead",{children:t("tr",{children:n.map(([r])=>t("th",{scope:"col",children:r},r))})}),t("tbody",{children:e.map(r=>t("tr",{children:n.map(([s,i])=>t("td",{children:i(r)},s))},o(r)))})]})}var or=S(`
  query AdminCommunes {
    communes(participating: true) { code name participatingSince brigade { name } referent { displayName } }
  }
`),rr=S(`
  query AdminBrigades {
    brigades { id code name kind phone communes { code } }
  }
`),ir=S(`
  query AdminCategories {
    categories { code label urgency order active diversion }
  }
`),sr=S(`
  query RoutingSetup {
    communes(participating: true) { code name brigade { name } }
    categories { code label }
    brigades { id name }
  }
`),ar=S(`
  query RoutingRules($c: String!) {
    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }
  }
`),ur=S(`
  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }
  }
`),dr=S(`
  query Accounts($filter: UserFilter, $after: String) {
    users(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }
    }
  }
`),lr=S(`
  mutation EnableAccount($id: ID!) {
    enableAccount(userId: $id) { id }
  }
`),cr=S(`
  mutation DisableAccount($id: ID!) {
    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }
  }
`),mr=S(`
  query Audit($after: String) {
    auditEvents(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at kind targetType targetId actor { displayName } }
    }
  }
`);function pr(){let{data:e,error:n}=ye(or,[]);return t(w,{title:"Communes du dispositif",children:[n,t(re,{rows:e?.communes??[],rowKey:o=>o.code,columns:[["Code INSEE",o=>o.code],["Commune",o=>o.name],["Depuis",o=>o.participatingSince??"—"],["Brigade",o=>o.brigade?.name??"—"],["Référent",o=>o.referent?.displayName??"—"]]})]})}function gr(){let{data:e,error:n}=ye(rr,[]);return t(w,{title:"Brigades",children:[n,t(re,{rows:e?.brigades??[],rowKey:o=>o.id,columns:[["Code",o=>o.code],["Nom",o=>o.name],["Téléphone",o=>o.phone??"—"],["Communes couvertes",o=>o.communes.length]]})]})}function yr(){let{data:e,error:n}=ye(ir,[]);return t(w,{title:"Catégories de signalement",children:[n,t(re,{rows:e?.categories??[],rowKey:o=>o.code,columns:[["Code",o=>o.code],["Libellé",o=>o.label],["Urgence",o=>J[o.urgency]],["Réorientation d’urgence",o=>o.diversion??"—"]]})]})}function br(){let e=ye(sr,[]),n=e.data?.communes??[],[o,r]=m(""),s=o||n[0]?.code||"",i=ye(ar,[s],{c:s}),[u,l]=m(""),[a,d]=m(""),g=N(async(b,v)=>(await D(ur,{c:s,k:b,b:v}),i.reload(),v?"Règle enregistrée.":"Règle retirée.")),y=e.data?.categories??[],c=e.data?.brigades??[],p=n.find(b=>b.code===s)?.brigade?.name??"—";return t(w,{title:"Règles d’acheminement",children:[e.error,t("form",{class:"filters",onSubmit:b=>b.preventDefault(),children:t(E,{label:"Commune",value:s,onChange:r,options:n.map(b=>[b.code,b.name])})}),t("p",{children:["Par défaut, les signalements vont à : ",t("strong",{children:p}),"."]}),i.error,t(re,{rows:(i.data?.categoryOverrides??[]).flatMap(b=>b.category?[{...b,category:b.category}]:[]),rowKey:b=>b.category.code,columns:[["Catégorie",b=>b.category.label],["Acheminée vers",b=>b.brigade?.name??"—"],["Action",b=>t("button",{type:"button",class:"small",disabled:g.busy,onClick:()=>void g.run(b.category.code,null),children:["Retirer la règle « ",b.category.label," »"]})]]}),t("h3",{children:"Nouvelle règle"}),t("form",{class:"filters","aria-label":"Nouvelle règle",onSubmit:b=>{b.preventDefault(),g.run(u||y[0]?.code,a||c[0]?.id)},children:[t(E,{label:"Catégorie",value:u||y[0]?.code||"",onChange:l,options:y.map(b=>[b.code,b.label])}),t(E,{label:"Brigade destinataire",value:a||c[0]?.id||"",onChange:d,options:c.map(b=>[b.id,b.name])}),t("div",{class:"field",children:[t("span",{"aria-hidden":"true",children:" "}),t("button",{type:"submit",class:"primary",disabled:g.busy||!s,children:"Enregistrer la règle"})]})]}),g.feedback]})}function fr({me:e}){let[n,o]=m(""),r=j(dr,i=>i.users,{filter:n.trim()?{search:n.trim()}:null},[n]),s=i=>i.disabledAt?`Désactivé le ${q(i.disabledAt)}`:i.enrolmentStatus?`Inscription ${pe[i.enrolmentStatus].toLowerCase()}`:"Actif";return t(w,{title:"Comptes",children:[t("form",{class:"filters",role:"search",onSubmit:i=>i.preventDefault(),children:t(A,{label:"Rechercher (nom ou adresse)",value:n,onInput:o,type:"search"})}),r.error&&t(I,{kind:"error",children:r.error}),r.total!==null&&t("p",{class:"count",children:[r.total," comptes"]}),t(re,{rows:r.nodes,rowKey:i=>i.id,columns:[["Nom",i=>i.displayName],["Adresse",i=>i.email],["Rôle",i=>Z[i.role]],["Rattachement",i=>i.brigade?.name??i.commune?.name??(i.coordinatedCommunes.map(u=>u.name).join(", ")||"—")],["État",s],["Action",i=>i.role==="RESIDENT"||i.id===e.id?"—":t(Sr,{user:i,onChanged:r.reload})]]}),r.more]})}function Sr({user:e,onChanged:n}){let{run:o,busy:r,feedback:s}=N(async()=>{e.disabledAt?await D(lr,{id:e.id}):await D(cr,{id:e.id}),n()}),i=e.disabledAt?"Réactiver":"Désactiver";return t(T,{children:[t("button",{type:"button",class:"small",disabled:r,onClick:()=>void o(),"aria-label":`${i} ${e.displayName}`,children:i}),s]})}function $r(){let e=j(mr,n=>n.auditEvents,{},[]);return t(w,{title:"Journal d’audit",children:[e.error&&t(I,{kind:"error",children:e.error}),t(re,{rows:e.nodes,rowKey:n=>n.id,columns:[["Date",n=>q(n.at)],["Action",n=>t("code",{children:n.kind})],["Par",n=>n.actor?.displayName??"Système"],["Cible",n=>n.targetType?`${n.targetType} ${n.targetId??""}`:"—"]]}),e.more]})}function Be({document:e,variables:n,onData:o,onState:r}){let s=null,i=!1,u=0,l,a=async()=>{if(i)return;let d=await Zn();if(i)return;let g=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/graphql/ws`,y=new WebSocket(g,"graphql-transport-ws");s=y,y.onopen=()=>y.send(JSON.stringify({type:"connection_init",payload:d?{authorization:`Bearer ${d}`}:{}})),y.onmessage=c=>{let p;try{p=JSON.parse(String(c.data))}catch{return}switch(p.type){case"connection_ack":u=0,r?.(!0),y.send(JSON.stringify({id:"1",type:"subscribe",payload:{query:e.toString(),variables:n()}}));break;case"ping":y.send(JSON.stringify({type:"pong"}));break;case"next":p.payload?.data&&o(p.payload.data);break;case"error":case"complete":y.close(1e3);break}},y.onclose=()=>{r?.(!1),!i&&(u+=1,l=window.setTimeout(a,Math.min(3e4,500*2**u)))}};return a(),{close(){i=!0,window.clearTimeout(l),s?.close(1e3)}}}var hr=S(`
  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }
  }
`),Dr=S(`
  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }
  }
`),Rr=S(`
  mutation MarkDuplicate($id: ID!, $of: ID!) {
    markDuplicate(reportId: $id, duplicateOf: $of) { id status }
  }
`),Cr=S(`
  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }
  }
`),vr=S(`
  query ReportAlerts($commune: String!) {
    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }
  }
`),Ar=S(`
  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }
  }
`),_r=S(`
  mutation CloseInterventionAlert($id: ID!, $message: String!) {
    closeInterventionAlert(id: $id, message: $message) { id closedAt }
  }
`),Ir={SUBMITTED:[["ACKNOWLEDGED","Prendre en compte"],["REJECTED","Classer sans suite"]],ACKNOWLEDGED:[["IN_PROGRESS","Démarrer l’intervention"],["REJECTED","Classer sans suite"]],IN_PROGRESS:[["RESOLVED","Marquer traité"],["REJECTED","Classer sans suite"]],RESOLVED:[["ACKNOWLEDGED","Rouvrir"]],REJECTED:[["ACKNOWLEDGED","Rouvrir"]]};function uo({report:e,onChanged:n}){let o=Ir[e.status]??[],[r,s]=m(o[0]?.[0]??null),[i,u]=m(""),[l,a]=m("");_(()=>s(o[0]?.[0]??null),[e.status]);let{run:d,busy:g,feedback:y}=N(async c=>{let p={publicNote:i.trim()||null,internalNote:l.trim()||null};return c&&r?await D(hr,{id:e.id,to:r,...p}):await D(Dr,{id:e.id,...p}),u(""),a(""),n(),c?"Statut mis à jour.":"Note enregistrée."});return t("form",{class:"action","aria-labelledby":"triage-title",onSubmit:c=>{c.preventDefault(),d(!0)},children:[t("h3",{id:"triage-title",children:"Traiter"}),o.length>0&&t(E,{label:"Nouveau statut",value:r??"",onChange:c=>s(c),options:o}),t(A,{label:"Réponse au signalant (visible par lui)",value:i,onInput:u,multiline:!0}),t(A,{label:"Note interne (brigade seulement)",value:l,onInput:a,multiline:!0}),t("div",{class:"buttons",children:[o.length>0&&t("button",{type:"submit",class:"primary",disabled:g,children:"Appliquer"}),t("button",{type:"button",disabled:g||!i.trim()&&!l.trim(),onClick:()=>void d(!1),children:"Ajouter la note seulement"})]}),y]})}function lo({report:e,onChanged:n}){let o=e.possibleDuplicates.flatMap(({reportId:u,distanceMeters:l,observedAt:a,status:d})=>u&&l!=null&&a?[{reportId:u,distanceMeters:l,observedAt:a,status:d}]:[]),{run:r,busy:s,feedback:i}=N(async u=>(await D(Rr,{id:e.id,of:u}),n(),"Signalement rattaché comme doublon."));return t("div",{class:"action",children:[t("h3",{children:"Doublons possibles"}),o.length===0?t("p",{class:"muted",children:"Aucun signalement ouvert de même catégorie à moins de 250 m dans les 48 h."}):t("ul",{class:"plain",children:o.map(u=>t("li",{children:["À ",Math.round(u.distanceMeters)," m, observé le ",q(u.observedAt)," (",B[u.status],")"," ",t("button",{type:"button",disabled:s,onClick:()=>void r(u.reportId),"aria-label":`Classer ce signalement comme doublon de celui observé à ${Math.round(u.distanceMeters)} m le ${q(u.observedAt)}`,children:"Classer comme doublon de celui-ci"})]},u.reportId))}),i]})}function co({report:e,brigades:n,onChanged:o}){let[r,s]=m(n[0]?.id??""),[i,u]=m("");_(()=>s(g=>g||n[0]?.id||""),[n]);let{run:l,busy:a,feedback:d}=N(async()=>(await D(Cr,{id:e.id,to:r,reason:i}),o(),"Signalement transmis."));return t("form",{class:"action","aria-labelledby":"reroute-title",onSubmit:g=>{g.preventDefault(),l()},children:[t("h3",{id:"reroute-title",children:"Transmettre à une autre unité"}),t(E,{label:"Unité destinataire",value:r,onChange:s,options:n.map(g=>[g.id,g.name])}),t(A,{label:"Motif",value:i,onInput:u,required:!0}),t("button",{type:"submit",disabled:a||!r,children:"Transmettre"}),d]})}function mo({report:e}){let[n,o]=m(""),[r,s]=m([]),[i,u]=m(0);_(()=>{D(vr,{commune:e.commune.code}).then(g=>s(g.interventionAlerts.nodes.filter(y=>y.reportId===e.id))).catch(()=>s([]))},[e.id,i]);let{run:l,busy:a,feedback:d}=N(async()=>{let g=await D(Ar,{commune:e.commune.code,message:n,report:e.id});return o(""),u(y=>y+1),`Alerte envoyée à ${g.sendInterventionAlert.recipients} élu(s).`});return t("div",{class:"action",children:[t("form",{"aria-labelledby":"alert-title",onSubmit:g=>{g.preventDefault(),l()},children:[t("h3",{id:"alert-title",children:["Alerter les élus de ",e.commune.name]}),t(A,{label:"Message d’intervention (SMS, sans nom ni adresse)",value:n,onInput:o,required:!0,multiline:!0}),t("button",{type:"submit",disabled:a||!n.trim(),children:"Envoyer l’alerte"}),d]}),r.length>0&&t("ul",{class:"plain alerts",children:r.map(g=>t(Er,{alert:g,onClosed:()=>u(y=>y+1)},g.id))})]})}function Er({alert:e,onClosed:n}){let[o,r]=m(""),{run:s,busy:i,feedback:u}=N(async()=>(await D(_r,{id:e.id,message:o}),n(),"Fin d’intervention envoyée."));return t("li",{children:[t("time",{dateTime:e.createdAt,children:q(e.createdAt)})," — ",e.message,e.closedAt?t("p",{class:"muted",children:["Terminée le ",q(e.closedAt)]}):t("form",{onSubmit:l=>{l.preventDefault(),s()},children:[t(A,{label:"Message de fin d’intervention",value:o,onInput:r,required:!0}),t("button",{type:"submit",disabled:i||!o.trim(),children:"Terminer l’intervention"}),u]})]})}var Nr=S(`
  mutation ConfirmIncident($id: ID!) {
    confirmIncident(incidentId: $id) { id confirmed }
  }
`),xr=S(`
  mutation SplitReportFromIncident($id: ID!, $reason: String) {
    splitReportFromIncident(reportId: $id, reason: $reason) { id }
  }
`),Tr=S(`
  mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {
    transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) { id status }
  }
`),qr=["ACKNOWLEDGED","IN_PROGRESS","RESOLVED","REJECTED"];function po({report:e,onChanged:n,onOpen:o}){let r=e.incident,[s,i]=m("ACKNOWLEDGED"),[u,l]=m(""),[a,d]=m(""),g=N(async()=>(await D(Nr,{id:r.id}),n(),"Incident confirmé.")),y=N(async()=>(await D(xr,{id:e.id,reason:a.trim()||null}),d(""),n(),"Signalement détaché de l’incident.")),c=N(async()=>{let p=await D(Tr,{id:r.id,to:s,publicNote:u.trim()||null});l(""),n();let b=p.transitionIncident.length;return`${b} signalement${b>1?"s":""} passé${b>1?"s":""} à « ${B[s]} » ; chaque signalant est prévenu du sien.`});return r?t("section",{class:"action","aria-labelledby":"incident-title",children:[t("h3",{id:"incident-title",children:["Incident : ",r.reportCount," signalements ",r.confirmed?"(confirmé)":"(regroupement automatique)"]}),t("ul",{class:"incident-reports",children:r.reports.map(p=>t("li",{children:[p.id===e.id?t("strong",{children:[p.category.label," (ce signalement)"]}):t("button",{type:"button",class:"link",onClick:()=>o(p.id),children:p.category.label})," ","— ",B[p.status],", vu ",q(p.observedAt)]},p.id))}),!r.confirmed&&t("button",{type:"button",disabled:g.busy,onClick:()=>void g.run(),children:"Confirmer l’incident"}),g.feedback,t("form",{"aria-label":"Traiter tout l’incident",onSubmit:p=>{p.preventDefault(),c.run()},children:[t(E,{label:"Passer tout l’incident à",value:s,onChange:p=>i(p),options:qr.map(p=>[p,B[p]])}),t(A,{label:"Réponse aux signalants (chacun la lit sur le sien)",value:u,onInput:l}),t("button",{type:"submit",disabled:c.busy,children:"Faire passer tout l’incident"}),c.feedback]}),t("form",{"aria-label":"Détacher ce signalement",onSubmit:p=>{p.preventDefault(),y.run()},children:[t(A,{label:"Pourquoi ce signalement est un autre fait (note interne)",value:a,onInput:d}),t("button",{type:"submit",disabled:y.busy,children:"Détacher ce signalement de l’incident"}),y.feedback]})]}):null}var kr=S(`
  query BrigadeStaff {
    brigadeStaff { id displayName rank commander }
  }
`),wr=S(`
  mutation AssignReport($id: ID!, $user: ID) {
    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }
  }
`),Mr=S(`
  mutation FlagReporterAbuse($id: ID!, $reason: String!) {
    flagReporterAbuse(reportId: $id, reason: $reason) { id status }
  }
`),Pr=S(`
  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }
  }
`);function go({report:e,onChanged:n}){let[o,r]=m([]),[s,i]=m(e.assignee?.id??""),[u,l]=m(String(e.priority??e.category.urgency)),[a,d]=m(""),[g,y]=m("");_(()=>{D(kr).then(R=>r(R.brigadeStaff)).catch(()=>r([]))},[]),_(()=>{i(e.assignee?.id??""),l(String(e.priority??e.category.urgency))},[e.id,e.assignee?.id,e.priority]);let c=N(async()=>(await D(wr,{id:e.id,user:s||null}),n(),s?"Signalement attribué.":"Attribution retirée.")),p=N(async()=>(await D(Pr,{id:e.id,priority:Number(u),reason:a.trim()||null}),d(""),n(),"Priorité enregistrée.")),b=N(async()=>(await D(Mr,{id:e.id,reason:g}),y(""),"Signalé à la commune, qui décidera.")),v=R=>[R.id,`${R.displayName}${R.rank?` (${R.rank})`:""}${R.commander?" — commandant":""}`];return t("div",{class:"action",children:[t("form",{"aria-labelledby":"assign-title",onSubmit:R=>{R.preventDefault(),c.run()},children:[t("h3",{id:"assign-title",children:"Attribuer"}),t(E,{label:"Membre de la brigade",value:s,onChange:i,options:[["","Personne"],...o.map(v)]}),t("button",{type:"submit",disabled:c.busy,children:"Enregistrer l’attribution"}),c.feedback]}),t("form",{"aria-labelledby":"priority-title",onSubmit:R=>{R.preventDefault(),p.run()},children:[t("h3",{id:"priority-title",children:"Priorité"}),t(E,{label:"Priorité de la brigade",value:u,onChange:l,options:to.map(R=>[String(R),J[R]])}),t(A,{label:"Raison du changement (note interne)",value:a,onInput:d}),t("button",{type:"submit",disabled:p.busy,children:"Changer la priorité"}),p.feedback]}),e.reporter&&t("form",{"aria-labelledby":"abuse-title",onSubmit:R=>{R.preventDefault(),b.run()},children:[t("h3",{id:"abuse-title",children:"Usage abusif"}),t(A,{label:"Raison, pour la commune (sans le contenu du signalement)",value:g,onInput:y,required:!0}),t("button",{type:"submit",disabled:b.busy||!g.trim(),children:"Signaler l’usage abusif à la commune"}),b.feedback]})]})}var Or=S(`
  query ReportDetail($id: ID!) {
    report(id: $id) {
      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue
      assignee { id displayName }
      category { code label urgency }
      commune { code name }
      brigade { id name }
      location { latitude longitude }
      photos { id url }
      reporter { displayName email phone }
      duplicateOf { id }
      events { id kind status publicNote internalNote actorRole at }
      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }
      incident { id confirmed reportCount reports { id status observedAt category { label } } }
    }
  }
`);function yo(e){let[n,o]=m(null),[r,s]=m(null),i=Ee(null);return _(()=>{i.current?.scrollIntoView({block:"start"}),i.current?.focus({preventScroll:!0})},[e.id]),_(()=>{o(null),s(null)},[e.id]),_(()=>{let u=!0;return D(Or,{id:e.id}).then(l=>{u&&(s(l.report?null:"Ce signalement n’est plus dans la file de la brigade."),o(l.report))}).catch(l=>u&&s(k(l))),()=>{u=!1}},[e.id,e.revision]),t("section",{class:"panel detail","aria-labelledby":"detail-title",id:"signalement",children:[t("div",{class:"detail-head",children:[t("h2",{id:"detail-title",tabIndex:-1,ref:i,children:n?`${n.category.label} — ${n.commune.name}`:"Signalement"}),t("button",{type:"button",onClick:e.onClose,children:"Fermer"})]}),r&&t(I,{kind:"error",children:r}),n&&t(Br,{report:n,...e},n.id)]})}function Br({report:e,brigades:n,onChanged:o,onOpen:r}){return t("div",{class:"detail-grid",children:[t("div",{children:[t("dl",{class:"facts",children:[t("dt",{children:"Statut"}),t("dd",{"data-testid":"report-status",children:B[e.status]}),t("dt",{children:"Urgence"}),t("dd",{children:J[e.category.urgency]}),t("dt",{children:"Priorité de la brigade"}),t("dd",{"data-testid":"report-priority",children:e.priority!=null?J[e.priority]:"—"}),t("dt",{children:"À prendre en compte avant"}),t("dd",{children:[e.acknowledgeBy?q(e.acknowledgeBy):"—",e.overdue&&t("span",{class:"overdue",children:"En retard"})]}),t("dt",{children:"Attribué à"}),t("dd",{"data-testid":"report-assignee",children:e.assignee?.displayName??"Personne"}),t("dt",{children:"Faits observés"}),t("dd",{children:q(e.observedAt)}),t("dt",{children:"Reçu"}),t("dd",{children:q(e.createdAt)}),t("dt",{children:"Lieu"}),t("dd",{children:[e.location.latitude.toFixed(5),", ",e.location.longitude.toFixed(5),e.accuracyMeters!=null&&` (± ${Math.round(e.accuracyMeters)} m)`]}),t("dt",{children:"Acheminement"}),t("dd",{children:[e.brigade.name," (",eo[e.routingRule],")"]}),t("dt",{children:"Signalant"}),t("dd",{children:e.reporter?t(T,{children:[e.reporter.displayName," — ",t("a",{href:`mailto:${e.reporter.email}`,children:e.reporter.email}),e.reporter.phone&&t(T,{children:[" ","— ",t("a",{href:`tel:${e.reporter.phone}`,children:e.reporter.phone})]})]}):"—"})]}),t("h3",{children:"Description"}),t("p",{class:"description",children:e.description}),e.photos.length>0&&t(T,{children:[t("h3",{children:"Photos"}),t("ul",{class:"photos",children:e.photos.map((s,i)=>t("li",{children:t("a",{href:s.url,target:"_blank",rel:"noopener noreferrer",children:t("img",{src:s.url,alt:`Photo ${i+1} jointe au signalement`})})},s.id))})]}),t("h3",{children:"Historique"}),t("ol",{class:"history",children:e.events.map(s=>t("li",{children:[t("time",{dateTime:s.at,children:q(s.at)})," — ",Xn[s.kind]??s.kind,s.status&&` : ${B[s.status]}`," ",t("span",{class:"muted",children:["(",Z[s.actorRole],")"]}),s.publicNote&&t("p",{class:"note",children:["« ",s.publicNote," »"]}),s.internalNote&&t("p",{class:"note internal",children:["Note interne : ",s.internalNote]})]},s.id))})]}),t("div",{children:[t(uo,{report:e,onChanged:o}),t(po,{report:e,onChanged:o,onOpen:r}),t(go,{report:e,onChanged:o}),t(lo,{report:e,onChanged:o}),t(co,{report:e,brigades:n,onChanged:o}),t(mo,{report:e})]})]})}var Fr=S(`
  query ProblemCases($after: String) {
    problemCases(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title status communeCodes openedAt }
    }
  }
`),Qr=S(`
  query ProblemCaseDetail($id: ID!) {
    problemCase(id: $id) {
      id title problem status managedByMe openedAt closedAt assessment
      evaluation { windowDays totalBefore totalAfter afterComplete }
      members { displayName role brigadeName organisation { name } }
      reports { categoryCode status communeCode observedOn }
      actions { id title owner dueOn status outcome }
      meetings { id heldOn attendees minutes }
    }
  }
`),Vr=S(`
  mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {
    saveProblemCaseAction(caseId: $case, input: $input) { id }
  }
`),Lr=S(`
  mutation CloseProblemCase($case: ID!, $assessment: String!) {
    closeProblemCase(caseId: $case, assessment: $assessment) { id status }
  }
`),Ur=S(`
  mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {
    recordProblemCaseMeeting(caseId: $case, input: $input) { id }
  }
`),bo={PLANNED:"Décidée",IN_PROGRESS:"En cours",DONE:"Réalisée",ABANDONED:"Abandonnée"};function Fe(){let e=j(Fr,r=>r.problemCases,{},[]),[n,o]=m(null);return!e.error&&e.total===0?null:t(w,{title:"Groupes de partenariat",id:"partenariat",children:[e.error&&t(I,{kind:"error",children:e.error}),t("ul",{class:"plain",children:e.nodes.map(r=>t("li",{"data-case":r.id,children:[t("button",{type:"button",class:"link","aria-expanded":n===r.id,onClick:()=>o(n===r.id?null:r.id),children:r.title})," ","— ",r.status==="OPEN"?"en cours":"clos",", ouvert le ",q(r.openedAt),n===r.id&&t(Gr,{id:r.id})]},r.id))}),e.more]})}function Gr({id:e}){let[n,o]=m(null),[r,s]=m(null),[i,u]=m(0);if(_(()=>{D(Qr,{id:e}).then(a=>(o(a.problemCase??null),s(null))).catch(a=>s(k(a)))},[e,i]),r)return t(I,{kind:"error",children:r});if(!n)return null;let l=()=>u(a=>a+1);return t("div",{class:"case",children:[t("p",{class:"description",children:n.problem}),t("h3",{children:"Membres"}),t("ul",{children:n.members.map((a,d)=>t("li",{children:[a.displayName??a.organisation?.name??"—",a.role&&t("span",{class:"muted",children:[" (",Z[a.role],a.brigadeName?`, ${a.brigadeName}`:"",")"]})]},d))}),t("h3",{children:["Signalements rattachés (",n.reports.length,")"]}),t("ul",{children:n.reports.map((a,d)=>t("li",{children:[a.categoryCode," — ",B[a.status],", ",a.communeCode,", le ",a.observedOn]},d))}),t("h3",{children:"Actions"}),t("ul",{"data-testid":"case-actions",children:n.actions.map(a=>t("li",{children:[a.title," — ",a.owner,", ",bo[a.status],a.dueOn&&`, pour le ${a.dueOn}`,a.outcome&&t("p",{class:"note",children:a.outcome})]},a.id))}),t("h3",{children:"Réunions"}),t("ul",{"data-testid":"case-meetings",children:n.meetings.map(a=>t("li",{children:[a.heldOn," — ",a.attendees,t("p",{class:"note",children:a.minutes})]},a.id))}),n.status==="CLOSED"&&t(T,{children:[t("h3",{children:"Bilan"}),t("p",{"data-testid":"case-assessment",children:n.assessment}),n.evaluation&&t("p",{children:["Signalements dans le secteur : ",n.evaluation.totalBefore," dans les ",n.evaluation.windowDays," jours avant l’ouverture,"," ",n.evaluation.totalAfter," dans les ",n.evaluation.windowDays," jours après",n.evaluation.afterComplete?"":" (période pas encore écoulée)","."]})]}),n.managedByMe&&n.status==="OPEN"&&t(T,{children:[t(Wr,{caseId:n.id,onSaved:l}),t(Hr,{caseId:n.id,onSaved:l}),t(jr,{caseId:n.id,onClosed:l})]})]})}function Wr({caseId:e,onSaved:n}){let[o,r]=m(""),[s,i]=m(""),[u,l]=m("PLANNED"),a=N(async()=>(await D(Vr,{case:e,input:{title:o,owner:s,status:u}}),r(""),i(""),n(),"Action enregistrée."));return t("form",{"aria-label":"Nouvelle action",onSubmit:d=>{d.preventDefault(),a.run()},children:[t("h3",{children:"Nouvelle action"}),t(A,{label:"Action décidée",value:o,onInput:r,required:!0}),t(A,{label:"Qui la mène",value:s,onInput:i,required:!0}),t(E,{label:"État de l’action",value:u,onChange:d=>l(d),options:Object.entries(bo)}),t("button",{type:"submit",disabled:a.busy||!o.trim()||!s.trim(),children:"Enregistrer l’action"}),a.feedback]})}function Hr({caseId:e,onSaved:n}){let[o,r]=m(new Date().toISOString().slice(0,10)),[s,i]=m(""),[u,l]=m(""),a=N(async()=>(await D(Ur,{case:e,input:{heldOn:o,attendees:s,minutes:u}}),i(""),l(""),n(),"Réunion enregistrée."));return t("form",{"aria-label":"Compte rendu de réunion",onSubmit:d=>{d.preventDefault(),a.run()},children:[t("h3",{children:"Compte rendu de réunion"}),t(A,{label:"Date de la réunion (AAAA-MM-JJ)",value:o,onInput:r,required:!0}),t(A,{label:"Participants",value:s,onInput:i,required:!0}),t(A,{label:"Ce qui a été dit et décidé",value:u,onInput:l,required:!0}),t("button",{type:"submit",disabled:a.busy||!s.trim()||!u.trim(),children:"Enregistrer la réunion"}),a.feedback]})}function jr({caseId:e,onClosed:n}){let[o,r]=m(""),s=N(async()=>(await D(Lr,{case:e,assessment:o}),n(),"Dossier clos."));return t("form",{"aria-label":"Clore le dossier",onSubmit:i=>{i.preventDefault(),s.run()},children:[t("h3",{children:"Clore le dossier"}),t(A,{label:"Bilan du groupe (ce qui a été obtenu)",value:o,onInput:r,required:!0}),t("button",{type:"submit",disabled:s.busy||!o.trim(),children:"Clore le dossier avec ce bilan"}),s.feedback]})}var Kr=S(`
  query SecurityRequests($status: SecurityRequestStatus, $after: String) {
    securityRequests(filter: { status: $status }, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id communeCode topic subject status updatedAt }
    }
  }
`),Zr=S(`
  query SecurityRequestThread($id: ID!) {
    securityRequest(id: $id) { id status messages { authorRole body createdAt } }
  }
`),Yr=S(`
  mutation OpenSecurityRequest($input: SecurityRequestInput!) {
    openSecurityRequest(input: $input) { id status }
  }
`),zr=S(`
  mutation ReplyToSecurityRequest($id: ID!, $body: String!) {
    replyToSecurityRequest(id: $id, body: $body) { id status }
  }
`),Jr=S(`
  mutation CloseSecurityRequest($id: ID!) {
    closeSecurityRequest(id: $id) { id status }
  }
`),So={ADVICE:"Conseil",SECURITY_DIAGNOSIS:"Diagnostic de sécurité",SITUATIONAL_PREVENTION:"Prévention situationnelle",EVENT:"Événement",OTHER:"Autre demande"},fo={OPEN:"En attente de la brigade",ANSWERED:"Répondu",CLOSED:"Clos"};function Qe({communes:e,side:n}){let[o,r]=m(""),[s,i]=m(null),l=j(Kr,d=>d.securityRequests,{status:o||null},[o]),a=d=>e.find(g=>g.code===d)?.name??d;return t(w,{title:"Demandes de sécurité",id:"demandes",children:[t("p",{class:"muted",children:n==="commune"?"Échanges avec le référent sûreté de la brigade : conseils, diagnostics, événements.":"Échanges avec les élus des communes dont vous êtes le référent (ou que votre brigade couvre, si vous la commandez)."}),t(E,{label:"Demandes à afficher",value:o,onChange:r,options:[["","Toutes"],...Object.entries(fo)]}),l.error&&t(I,{kind:"error",children:l.error}),t("ul",{class:"plain requests",children:l.nodes.map(d=>t("li",{"data-request":d.id,children:[t("button",{type:"button",class:"link","aria-expanded":s===d.id,onClick:()=>i(s===d.id?null:d.id),children:d.subject})," ","— ",a(d.communeCode),", ",So[d.topic],", ",t("strong",{children:fo[d.status]})," ",t("span",{class:"muted",children:["(",q(d.updatedAt),")"]}),s===d.id&&t(Xr,{id:d.id,onChanged:l.reload})]},d.id))}),l.total===0&&t("p",{class:"muted",children:"Aucune demande."}),l.more,t(ei,{communes:e,side:n,onOpened:l.reload})]})}function Xr({id:e,onChanged:n}){let[o,r]=m(null),[s,i]=m(!1),[u,l]=m(null),[a,d]=m(""),[g,y]=m(0);_(()=>{D(Zr,{id:e}).then(b=>{r(b.securityRequest?.messages??[]),i(b.securityRequest?.status==="CLOSED")}).catch(b=>l(k(b)))},[e,g]);let c=N(async()=>(await D(zr,{id:e,body:a}),d(""),y(b=>b+1),n(),"Message envoyé.")),p=N(async()=>(await D(Jr,{id:e}),n(),"Demande close."));return t("div",{class:"thread",children:[u&&t(I,{kind:"error",children:u}),t("ol",{class:"history",children:(o??[]).map((b,v)=>t("li",{children:[t("time",{dateTime:b.createdAt,children:q(b.createdAt)})," — ",t("span",{class:"muted",children:Z[b.authorRole]}),t("p",{class:"note",children:b.body})]},v))}),!s&&t("form",{"aria-label":"Répondre à la demande",onSubmit:b=>{b.preventDefault(),c.run()},children:[t(A,{label:"Votre réponse",value:a,onInput:d,required:!0}),t("button",{type:"submit",disabled:c.busy||!a.trim(),children:"Envoyer la réponse"}),t("button",{type:"button",disabled:p.busy,onClick:()=>void p.run(),children:"Clore la demande"})]}),c.feedback,p.feedback]})}function ei({communes:e,side:n,onOpened:o}){let[r,s]=m(e[0]?.code??""),[i,u]=m("ADVICE"),[l,a]=m(""),[d,g]=m("");_(()=>{!r&&e[0]&&s(e[0].code)},[e]);let y=N(async()=>(await D(Yr,{input:{communeCode:r,topic:i,subject:l,body:d}}),a(""),g(""),o(),n==="commune"?"Demande envoyée au référent.":"Demande envoyée aux élus de la commune."));return t("form",{class:"new-request","aria-labelledby":"new-request-title",onSubmit:c=>{c.preventDefault(),y.run()},children:[t("h3",{id:"new-request-title",children:n==="commune"?"Écrire au référent":"Écrire aux élus d’une commune"}),t(E,{label:"Commune concernée",value:r,onChange:s,options:e.map(c=>[c.code,c.name])}),t(E,{label:"Objet de la demande",value:i,onChange:c=>u(c),options:Object.entries(So)}),t(A,{label:"Sujet",value:l,onInput:a,required:!0}),t(A,{label:"Premier message",value:d,onInput:g,required:!0}),t("button",{type:"submit",disabled:y.busy||!l.trim()||!d.trim()||!r,children:"Envoyer la demande"}),y.feedback]})}var ti=20,ni=S(`
  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
    brigadeQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id status description createdAt priority overdue assignee { displayName } incident { id reportCount } category { code label urgency } commune { code name } location { latitude longitude } }
    }
  }
`),oi=S(`
  query BrigadeSetup {
    categories { code label }
    me { brigade { communes { code name referent { id } } } }
    brigadeTo: brigades { id code name }
  }
`),ri=S(`
  query QueueOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),ii=S(`
  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }
  }
`);function $o({me:e}){let n=e.brigade,[o,r]=m([]),[s,i]=m([]),[u,l]=m([]),[a,d]=m([]),[g,y]=m("OPEN"),[c,p]=m(""),[b,v]=m(""),[R,$]=m(""),[C,P]=m(""),[Q,L]=m(!1),[F,W]=m([null]),[V,ie]=m(null),[U,K]=m(null),[se,be]=m(null),[st,Io]=m(!1),[Eo,No]=m(""),[at,ut]=m(0),dt=Ee(null);_(()=>{D(oi).then(async f=>{r(f.categories);let X=f.me?.brigade?.communes??[];i(X),l(f.brigadeTo.filter(ae=>ae.id!==n.id));let Ve=X.slice(0,100).map(ae=>ae.code),fe=await D(ri,{codes:Ve});d(fe.communeOutlines)}).catch(f=>K(k(f)))},[n.id]);let lt=H(()=>{let f={status:g==="OPEN"?Jn:[g]};return c&&(f.categoryCode=c),b&&(f.communeCode=b),R&&(f.createdSince=new Date(Date.now()-Number(R)*36e5).toISOString()),C==="MINE"&&(f.assignment="ASSIGNED_TO_ME"),C==="NOBODY"&&(f.assignment="UNASSIGNED"),C==="OVERDUE"&&(f.overdue=!0),Q&&(f.onePerIncident=!0),f},[g,c,b,R,C,Q]),ct=F[F.length-1];_(()=>{let f=!0;return D(ni,{filter:lt,first:ti,after:ct}).then(X=>f&&(ie(X.brigadeQueue),K(null))).catch(X=>f&&K(k(X))),()=>{f=!1}},[lt,ct,at]),_(()=>{let f,X=Be({document:ii,variables:()=>({brigade:n.id,after:dt.current}),onState:Io,onData:Ve=>{let fe=Ve.brigadeQueueEvents;dt.current=fe.id,fe.kind==="FILED"&&No("Nouveau signalement reçu."),window.clearTimeout(f),f=window.setTimeout(()=>ut(ae=>ae+1),150)}});return()=>{window.clearTimeout(f),X.close()}},[n.id]);let ne=Ne(f=>{f(),W([null])},[]),xo=(V?.nodes??[]).map(f=>({id:f.id,latitude:f.location.latitude,longitude:f.location.longitude,weight:f.priority??f.category.urgency,selected:f.id===se,label:`${f.category.label}, ${f.commune.name}, ${B[f.status]}`}));return t("div",{class:"brigade",children:[t("p",{class:"live-state","aria-live":"polite",children:[t("span",{class:st?"dot on":"dot","aria-hidden":"true"}),st?"Mises à jour en direct":"Connexion au direct…",t("span",{class:"visually-hidden",children:Eo})]}),t("div",{class:"columns",children:[t(w,{title:"File des signalements",id:"file",children:[t("form",{class:"filters",onSubmit:f=>f.preventDefault(),"aria-label":"Filtres de la file",children:[t(E,{label:"Statut",value:g,onChange:f=>ne(()=>y(f)),options:[["OPEN","En cours (reçus, pris en compte, en intervention)"],...Object.entries(B)]}),t(E,{label:"Catégorie",value:c,onChange:f=>ne(()=>p(f)),options:[["","Toutes"],...o.map(f=>[f.code,f.label])]}),t(E,{label:"Commune",value:b,onChange:f=>ne(()=>v(f)),options:[["","Toutes"],...s.map(f=>[f.code,f.name])]}),t(E,{label:"Reçus depuis",value:R,onChange:f=>ne(()=>$(f)),options:[["","Toujours"],["1","1 heure"],["24","24 heures"],["168","7 jours"],["720","30 jours"]]}),t(E,{label:"Suivi",value:C,onChange:f=>ne(()=>P(f)),options:[["","Tous"],["MINE","Attribués à moi"],["NOBODY","Non attribués"],["OVERDUE","En retard de prise en compte"]]}),t("label",{class:"check",children:[t("input",{type:"checkbox",checked:Q,onChange:f=>ne(()=>L(f.currentTarget.checked))}),"Une ligne par incident"]})]}),U&&t(I,{kind:"error",children:U}),V&&t(T,{children:[t("p",{class:"count","data-testid":"queue-count",children:[V.totalCount," signalement",V.totalCount>1?"s":""]}),t("table",{class:"queue",children:[t("caption",{class:"visually-hidden",children:"Signalements, par priorité de la brigade puis du plus ancien"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Priorité"}),t("th",{scope:"col",children:"Catégorie"}),t("th",{scope:"col",children:"Commune"}),t("th",{scope:"col",children:"Reçu"}),t("th",{scope:"col",children:"Statut"}),t("th",{scope:"col",children:"Attribué à"})]})}),t("tbody",{children:V.nodes.map(f=>t("tr",{class:f.id===se?"selected":"","data-report":f.id,children:[t("td",{children:[t("span",{class:`urgency urgency-${f.priority??f.category.urgency}`,children:J[f.priority??f.category.urgency]}),f.overdue&&t("span",{class:"overdue",children:"En retard"})]}),t("td",{children:[t("button",{type:"button",class:"link",onClick:()=>be(f.id),"aria-pressed":f.id===se,children:f.category.label}),f.incident&&t("span",{class:"incident-badge",children:["Incident · ",f.incident.reportCount," signalements"]}),t("span",{class:"excerpt",children:f.description.slice(0,80)})]}),t("td",{children:f.commune.name}),t("td",{children:t("time",{dateTime:f.createdAt,children:oo(f.createdAt)})}),t("td",{children:B[f.status]}),t("td",{children:f.assignee?.displayName??"—"})]},f.id))})]}),V.nodes.length===0&&t("p",{class:"muted",children:"Aucun signalement ne correspond aux filtres."}),t("nav",{class:"pager","aria-label":"Pages de la file",children:[t("button",{type:"button",disabled:F.length<2,onClick:()=>W(F.slice(0,-1)),children:"Page précédente"}),t("span",{children:["Page ",F.length]}),t("button",{type:"button",disabled:!V.pageInfo.hasNextPage,onClick:()=>W([...F,V.pageInfo.endCursor]),children:"Page suivante"})]})]})]}),t(w,{title:"Carte de la file",id:"carte",children:t(oe,{title:`Communes couvertes par ${n.name}`,outlines:a,points:xo,onSelect:be})})]}),t(si,{me:e,communes:s}),t(Fe,{}),se&&t(yo,{id:se,revision:at,brigades:u,onClose:()=>be(null),onChanged:()=>ut(f=>f+1),onOpen:be})]})}function si({me:e,communes:n}){let o=e.commander?n:n.filter(r=>r.referent?.id===e.id);return o.length===0?null:t(Qe,{communes:o,side:"brigade"})}var ai=S(`
  query AbuseFlags($code: String!) {
    abuseFlags(communeCode: $code, status: OPEN, first: 50) {
      totalCount
      nodes { id reason createdAt resident { displayName email } brigade { name } }
    }
  }
`),ui=S(`
  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {
    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }
  }
`);function ho({code:e}){let[n,o]=m(null),[r,s]=m(null),[i,u]=m(0);return _(()=>{D(ai,{code:e}).then(l=>(o(l.abuseFlags.nodes),s(null))).catch(l=>s(k(l)))},[e,i]),!r&&n?.length===0?null:t(w,{title:"Usages abusifs signalés par la brigade",id:"abus",children:[r&&t(I,{kind:"error",children:r}),t("ul",{class:"plain",children:(n??[]).map(l=>t(di,{flag:l,onDecided:()=>u(a=>a+1)},l.id))})]})}function di({flag:e,onDecided:n}){let[o,r]=m(""),{run:s,busy:i,feedback:u}=N(async a=>(await D(ui,{id:e.id,suspend:a,note:o.trim()||null}),n(),a?"Habitant suspendu.":"Signalement classé.")),l=e.resident?.displayName??"Habitant";return t("li",{"data-flag":e.id,children:[t("p",{children:[t("strong",{children:l})," — signalé par ",e.brigade.name," le ",t("time",{dateTime:e.createdAt,children:q(e.createdAt)})]}),t("p",{class:"note",children:["« ",e.reason," »"]}),t(A,{label:`Raison de la décision pour ${l}`,value:o,onInput:r}),t("div",{class:"buttons",children:[t("button",{type:"button",class:"danger",disabled:i,onClick:()=>void s(!0),children:"Suspendre l’habitant"}),t("button",{type:"button",disabled:i,onClick:()=>void s(!1),children:"Classer sans suite"})]}),u]})}var li=S(`
  query CommuneBroadcasts($code: String!, $after: String) {
    broadcasts(communeCode: $code, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title body sender recipients createdAt expiresAt }
    }
  }
`),ci=S(`
  mutation BroadcastToResidents($input: BroadcastInput!) {
    broadcastToResidents(input: $input) { id recipients }
  }
`),mi=[["1","1 jour"],["7","7 jours"],["30","30 jours"]];function Do({code:e}){let n=j(li,d=>d.broadcasts,{code:e},[e]),[o,r]=m(""),[s,i]=m(""),[u,l]=m("7"),a=N(async()=>{let d=new Date(Date.now()+Number(u)*864e5).toISOString(),g=await D(ci,{input:{communeCodes:[e],title:o,body:s,expiresAt:d}});r(""),i(""),n.reload();let y=g.broadcastToResidents.recipients;return`Message envoyé à ${y} habitant${y>1?"s":""}.`});return t(w,{title:"Messages aux habitants",id:"messages",children:[n.error&&t(I,{kind:"error",children:n.error}),t("ul",{class:"plain","data-testid":"broadcasts",children:n.nodes.map(d=>t("li",{children:[t("strong",{children:d.title})," — ",d.sender,", le ",q(d.createdAt),", ",d.recipients," habitant",d.recipients>1?"s":""," (jusqu’au ",q(d.expiresAt),")",t("p",{class:"note",children:d.body})]},d.id))}),n.total===0&&t("p",{class:"muted",children:"Aucun message envoyé."}),n.more,t("form",{"aria-labelledby":"broadcast-title",onSubmit:d=>{d.preventDefault(),a.run()},children:[t("h3",{id:"broadcast-title",children:"Écrire aux habitants inscrits"}),t(A,{label:"Titre du message",value:o,onInput:r,required:!0}),t(A,{label:"Texte du message (sans nom ni adresse)",value:s,onInput:i,required:!0}),t(E,{label:"Affiché pendant",value:u,onChange:l,options:mi}),t("button",{type:"submit",disabled:a.busy||!o.trim()||!s.trim(),children:"Envoyer aux habitants"}),a.feedback]})]})}var pi=S(`
  subscription CoordinatorFeed {
    myNotifications { kind }
  }
`);function vo({me:e}){let n=e.coordinatedCommunes,[o,r]=m(n[0]?.code??""),[s,i]=m({enrolments:0,alerts:0});return _(()=>{let u=Be({document:pi,variables:()=>({}),onData:l=>{let a=l.myNotifications.kind;a==="ENROLMENT_REQUEST"&&i(d=>({...d,enrolments:d.enrolments+1})),a==="INTERVENTION_ALERT"&&i(d=>({...d,alerts:d.alerts+1}))}});return()=>u.close()},[]),o?t("div",{class:"commune",children:[n.length>1&&t("form",{class:"filters",onSubmit:u=>u.preventDefault(),children:t(E,{label:"Commune",value:o,onChange:r,options:n.map(u=>[u.code,u.name])})}),t("div",{class:"columns",children:[t(Di,{code:o,heard:s.enrolments}),t(Ci,{code:o,heard:s.alerts})]}),t(ho,{code:o}),t(Do,{code:o}),t(Qe,{communes:n,side:"commune"}),t(Fe,{}),t(Ai,{code:o}),t(yi,{code:o})]}):t(I,{kind:"info",children:"Aucune commune ne vous est rattachée : adressez-vous à la préfecture."})}var gi=S(`
  query CommuneBilan($code: String!, $year: Int!) {
    communeBilan(communeCode: $code, year: $year) { total threshold csv }
  }
`);function yi({code:e}){let n=new Date().getFullYear(),[o,r]=m(String(n)),[s,i]=m(null),[u,l]=m(null);_(()=>{D(gi,{code:e,year:Number(o)}).then(y=>(i(y),l(null))).catch(y=>l(k(y)))},[e,o]);let a=s?.communeBilan,d=()=>{if(!a)return;let y=URL.createObjectURL(new Blob([a.csv],{type:"text/csv;charset=utf-8"})),c=document.createElement("a");c.href=y,c.download=`bilan-${e}-${o}.csv`,c.click(),URL.revokeObjectURL(y)},g=[0,1,2,3,4].map(y=>[String(n-y),String(n-y)]);return t(w,{title:"Bilan annuel",id:"bilan",children:[t("form",{class:"filters",onSubmit:y=>y.preventDefault(),"aria-label":"Année du bilan",children:t(E,{label:"Année",value:o,onChange:r,options:g})}),u&&t(I,{kind:"error",children:u}),a&&t(T,{children:[t("p",{class:"figures",children:t("span",{children:[t("strong",{"data-testid":"bilan-total",children:a.total??`< ${a.threshold}`})," signalements"]})}),t("p",{children:["Les nombres inférieurs à ",a.threshold," sont masqués (« < ",a.threshold," ») pour qu’aucun chiffre ne désigne un voisin."]}),t("button",{type:"button",onClick:d,children:"Télécharger le bilan (CSV)"})]})]})}var bi=S(`
  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email phone enrolmentStatus }
    }
  }
`),fi=S(`
  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }
  }
`),Si=S(`
  mutation SuspendResident($id: ID!, $reason: String!) {
    suspendResident(userId: $id, reason: $reason) { id }
  }
`),$i=S(`
  mutation ReinstateResident($id: ID!) {
    reinstateResident(userId: $id) { id }
  }
`),hi=S(`
  query CommuneAlerts($code: String!) {
    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }
  }
`);function Di({code:e,heard:n}){let[o,r]=m("PENDING"),s=j(bi,i=>i.enrolmentRequests,{code:e,status:o},[e,o,n]);return t(w,{title:"Inscriptions des habitants",id:"inscriptions",children:[t("form",{class:"filters",onSubmit:i=>i.preventDefault(),children:t(E,{label:"Afficher",value:o,onChange:i=>r(i),options:Object.entries(pe)})}),s.error&&t(I,{kind:"error",children:s.error}),s.total!==null&&t(T,{children:[t("p",{class:"count",children:[s.total," inscription",s.total>1?"s":""," ",pe[o].toLowerCase(),s.total>1?"s":""]}),t("ul",{class:"people",children:s.nodes.map(i=>t(Ri,{person:i,onChanged:s.reload},i.id))}),s.more]})]})}function Ri({person:e,onChanged:n}){let[o,r]=m(""),{run:s,busy:i,feedback:u}=N(async a=>{a==="approve"||a==="reject"?await D(fi,{id:e.id,approve:a==="approve",reason:o.trim()||null}):a==="suspend"?await D(Si,{id:e.id,reason:o}):await D($i,{id:e.id}),n()}),l=e.enrolmentStatus==="PENDING";return t("li",{class:"person","data-person":e.email,children:[t("div",{children:[t("strong",{children:e.displayName})," — ",e.email,e.phone&&` — ${e.phone}`]}),(l||e.enrolmentStatus==="APPROVED")&&t(A,{label:l?"Motif (en cas de refus)":"Motif de la suspension",value:o,onInput:r}),t("div",{class:"buttons",children:[l&&t(T,{children:[t("button",{type:"button",class:"primary",disabled:i,onClick:()=>void s("approve"),children:["Approuver ",e.displayName]}),t("button",{type:"button",disabled:i,onClick:()=>void s("reject"),children:"Refuser"})]}),e.enrolmentStatus==="APPROVED"&&t("button",{type:"button",disabled:i||!o.trim(),onClick:()=>void s("suspend"),children:"Suspendre"}),e.enrolmentStatus==="SUSPENDED"&&t("button",{type:"button",disabled:i,onClick:()=>void s("reinstate"),children:"Rétablir"})]}),u]})}function Ci({code:e,heard:n}){let[o,r]=m(null),[s,i]=m(null);return _(()=>{D(hi,{code:e}).then(u=>r(u.interventionAlerts.nodes)).catch(u=>i(k(u)))},[e,n]),t(w,{title:"Alertes d’intervention reçues",id:"alertes",children:[s&&t(I,{kind:"error",children:s}),o&&o.length===0&&t("p",{class:"muted",children:"Aucune alerte."}),t("ul",{class:"plain alerts",children:(o??[]).map(u=>t("li",{children:[t("time",{dateTime:u.createdAt,children:q(u.createdAt)})," — ",u.message,u.closedAt?t("p",{class:"muted",children:["Terminée le ",q(u.closedAt)," ",u.closingMessage&&`: ${u.closingMessage}`]}):t("p",{class:"badge",children:"En cours"})]},u.id))})]})}var vi=S(`
  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {
    communeOutlines(codes: [$code]) { code name polygons }
    communeActivity(communeCode: $code, from: $from, to: $to) {
      total
      medianSecondsToAcknowledge
      byCategory { key count }
      byStatus { key count }
      byWeek { key count }
      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }
    }
    categories { code label }
  }
`);function Ro(e){return new Date(Date.now()+e*864e5).toISOString().slice(0,10)}function Ai({code:e}){let[n,o]=m(Ro(-90)),[r,s]=m(Ro(0)),[i,u]=m(null),[l,a]=m(null);_(()=>{let p={from:n?`${n}T00:00:00Z`:null,to:r?new Date(Date.parse(`${r}T00:00:00Z`)+864e5).toISOString():null};D(vi,{code:e,...p}).then(b=>(u(b),a(null))).catch(b=>a(k(b)))},[e,n,r]);let d=H(()=>Object.fromEntries((i?.categories??[]).map(p=>[p.code,p.label])),[i]),g=H(()=>{let p=new Map;for(let b of i?.communeActivity.reports.nodes??[]){let v=`${b.location.latitude},${b.location.longitude}`,R=p.get(v)??{...b.location,count:0};R.count+=1,p.set(v,R)}return[...p.entries()].map(([b,v])=>({id:b,latitude:v.latitude,longitude:v.longitude,weight:v.count,label:`${v.count} signalement${v.count>1?"s":""} dans ce carré d’environ 200 m`}))},[i]),y=i?.communeActivity,c=i?.communeOutlines??[];return t(w,{title:"Activité de la commune",id:"activite",children:[t("form",{class:"filters",onSubmit:p=>p.preventDefault(),"aria-label":"Période",children:[t(A,{label:"Du",type:"date",value:n,onInput:o}),t(A,{label:"Au",type:"date",value:r,onInput:s})]}),l&&t(I,{kind:"error",children:l}),y&&t("div",{class:"columns",children:[t("div",{children:[t("p",{class:"figures",children:[t("span",{children:[t("strong",{"data-testid":"activity-total",children:y.total})," signalements"]}),t("span",{children:["Délai médian de prise en compte : ",t("strong",{children:we(y.medianSecondsToAcknowledge)})]})]}),t(Pe,{weeks:Me(y.byWeek,n||y.byWeek[0]?.key||r,r)}),t("div",{class:"columns",children:[t(Co,{title:"Par catégorie",rows:y.byCategory,label:p=>d[p]??p}),t(Co,{title:"Par statut",rows:y.byStatus,label:zn})]})]}),t(oe,{title:"Signalements de la période, par carré d’environ 200 m (sans signalant)",outlines:c,points:g,grid:!0})]})]})}function Co({title:e,rows:n,label:o}){return t("table",{class:"counts",children:[t("caption",{children:e}),t("tbody",{children:n.map(r=>t("tr",{children:[t("th",{scope:"row",children:o(r.key)}),t("td",{children:r.count})]},r.key))})]})}var _i=S(`
  mutation SetTotp($code: String) {
    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }
  }
`);function Ao({onEnabled:e}){let[n,o]=m(null),[r,s]=m(""),[i,u]=m(null),[l,a]=m(!1),[d,g]=m(!1),y=async c=>{g(!0),u(null);try{let p=await D(_i,{code:c});o(p.setTotp),p.setTotp.enabled&&e(),s("")}catch(p){p instanceof G&&p.code==="CONFLICT"?a(!0):u(k(p))}finally{g(!1)}};return t(w,{title:"Double authentification",id:"securite",children:[l&&t(I,{kind:"info",children:"La double authentification est déjà activée sur ce compte. Pour changer d’application, demandez sa réinitialisation à la préfecture."}),!n&&!l&&t(T,{children:[t("p",{children:"Protégez votre compte : à chaque connexion, un code de votre application d’authentification vous sera demandé en plus du mot de passe."}),t("button",{type:"button",disabled:d,onClick:()=>void y(null),children:"Activer la double authentification"})]}),n&&!n.enabled&&t("form",{"aria-label":"Confirmer la double authentification",onSubmit:c=>{c.preventDefault(),y(r.trim())},children:[t("p",{children:"Scannez ce code avec votre application d’authentification, puis saisissez le code qu’elle affiche."}),n.qrSvg&&t("img",{class:"qr",width:"200",height:"200",alt:"Code QR de l’application d’authentification",src:`data:image/svg+xml;charset=utf-8,${encodeURIComponent(n.qrSvg)}`}),n.secret&&t("p",{children:["Ou saisissez la clé à la main : ",t("code",{children:n.secret})]}),t(A,{label:"Code à 6 chiffres",autocomplete:"one-time-code",value:r,onInput:s,required:!0}),t("button",{type:"submit",class:"primary",disabled:d,children:"Confirmer"})]}),n?.enabled&&t(T,{children:[t(I,{kind:"success",children:"Double authentification activée."}),t("p",{children:"Codes de secours, chacun utilisable une fois si vous perdez votre téléphone. Conservez-les en lieu sûr : ils ne seront plus affichés."}),t("ul",{class:"plain recovery",children:(n.recoveryCodes??[]).map(c=>t("li",{children:t("code",{children:c})},c))})]}),i&&t(I,{kind:"error",children:i})]})}var Ii=["BRIGADE_STAFF","COORDINATOR","ADMIN"];function Ei(){let[e,n]=m(void 0),[o,r]=m(null),[s,i]=m(0);_(()=>{let l=Hn(a=>a===null&&n(null));return me().then(u),l},[]);let u=async l=>{if(l&&!Ii.includes(l.role)){await qe(),r("Les consoles sont réservées aux brigades, aux coordinateurs communaux et à la préfecture. Les habitants utilisent l’application mobile Vigie."),n(null);return}no(l?.brigade?.timeZone??l?.coordinatedCommunes[0]?.timeZone),n(l)};return _(()=>{document.title=e?`${it(e)} — Vigie`:"Connexion — Vigie"},[e]),e===void 0?t("p",{class:"loading",children:"Chargement…"}):e===null?t(Ni,{refused:o,onSignedIn:l=>void u(l)}):t(T,{children:[t("a",{class:"skip",href:"#contenu",children:"Aller au contenu"}),t("header",{class:"top",children:[t("div",{class:"brand",children:[t("img",{src:"/console/assets/vigie.svg",alt:"",width:"28",height:"28"}),t("span",{children:"Vigie"}),t("span",{class:"muted",children:it(e)})]}),t("div",{class:"who",children:[t("span",{children:[e.displayName," — ",Z[e.role]]}),t("button",{type:"button",onClick:()=>void qe(),children:"Se déconnecter"}),t("button",{type:"button",onClick:()=>void qe(!0),children:"Se déconnecter partout"})]})]}),t("main",{id:"contenu",tabIndex:-1,children:[t("h1",{children:it(e)}),t("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),t("div",{children:[e.role==="BRIGADE_STAFF"&&e.brigade&&t($o,{me:e}),e.role==="COORDINATOR"&&t(vo,{me:e}),e.role==="ADMIN"&&t(ao,{me:e})]},s),t(Ao,{onEnabled:()=>i(l=>l+1)})]})]})}function it(e){return e.role==="BRIGADE_STAFF"?`Console de brigade — ${e.brigade?.name??""}`:e.role==="COORDINATOR"?`Console communale — ${e.coordinatedCommunes.map(n=>n.name).join(", ")}`:"Administration"}function Ni({refused:e,onSignedIn:n}){let[o,r]=m(""),[s,i]=m(""),[u,l]=m(""),[a,d]=m(!1),[g,y]=m(null),[c,p]=m(!1);return t("main",{class:"sign-in",id:"contenu",children:[t("img",{src:"/console/assets/vigie.svg",alt:"",width:"56",height:"56"}),t("h1",{children:"Vigie — consoles de la participation citoyenne"}),t("p",{children:"Brigades, coordinateurs communaux et préfecture : connectez-vous avec votre compte Vigie."}),e&&t(I,{kind:"error",children:e}),t("form",{onSubmit:async v=>{v.preventDefault(),p(!0),y(null);try{n(await Yn(o.trim(),s,a?u.trim():null))}catch(R){R instanceof G&&R.code==="TOTP_REQUIRED"?d(!0):y(k(R))}finally{p(!1)}},"aria-label":"Connexion",children:[t("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),t(A,{label:"Adresse électronique",type:"email",autocomplete:"username",value:o,onInput:r,required:!0}),t(A,{label:"Mot de passe",type:"password",autocomplete:"current-password",value:s,onInput:i,required:!0}),a&&t(A,{label:"Code de vérification",hint:"Le code à 6 chiffres de votre application d’authentification, ou un code de secours.",autocomplete:"one-time-code",value:u,onInput:l,required:!0}),g&&t(I,{kind:"error",children:g}),t("button",{type:"submit",class:"primary",disabled:c,children:"Se connecter"})]})]})}var _o=document.getElementById("app");_o&&It(t(Ei,{}),_o);})();
