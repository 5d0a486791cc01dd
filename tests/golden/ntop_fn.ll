; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !54

; Function Attrs: nounwind
define i32 @tp0_inet_sock_set_state(i8* %ctx) #0 section "tracepoint/sock/inet_sock_set_state" !dbg !74 {
entry:
  %tmp = alloca [4 x i64], align 8, !dbg !80
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !79, metadata !DIExpression()), !dbg !80
  %zero = alloca i32, align 4, !dbg !81
  store i32 0, i32* %zero, align 4, !dbg !81
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !81
  %1 = icmp eq i64 %0, 0, !dbg !81
  br i1 %1, label %pid.match, label %pid.filter, !dbg !81

return:                                           ; preds = %agg.full, %stat.inc6, %agg.have, %pid.filter
  ret i32 0, !dbg !81

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !81
  %3 = lshr i64 %2, 32, !dbg !81
  %4 = icmp eq i64 %3, %0, !dbg !81
  br i1 %4, label %pid.match, label %return, !dbg !81

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !82
  %.not = icmp eq i8* %5, null, !dbg !82
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !82

rec.fill:                                         ; preds = %pid.match
  %6 = bitcast i8* %5 to i64*, !dbg !82
  store i64 1, i64* %6, align 8, !dbg !82
  %7 = getelementptr i8, i8* %5, i64 8, !dbg !82
  %8 = getelementptr i8, i8* %5, i64 16, !dbg !82
  %9 = getelementptr i8, i8* %ctx, i64 32, !dbg !82
  %10 = bitcast i8* %7 to i64*, !dbg !82
  store i64 2, i64* %10, align 8, !dbg !82
  %11 = bitcast i8* %8 to i64*, !dbg !82
  store i64 0, i64* %11, align 8, !dbg !82
  %12 = getelementptr i8, i8* %5, i64 24, !dbg !82
  %13 = bitcast i8* %12 to i64*, !dbg !82
  store i64 0, i64* %13, align 8, !dbg !82
  %14 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %8, i32 4, i8* %9) #0, !dbg !82
  %15 = getelementptr i8, i8* %5, i64 32, !dbg !82
  %16 = getelementptr i8, i8* %5, i64 40, !dbg !82
  %17 = getelementptr i8, i8* %ctx, i64 56, !dbg !82
  %18 = bitcast i8* %15 to i64*, !dbg !82
  store i64 10, i64* %18, align 8, !dbg !82
  %19 = bitcast i8* %16 to i64*, !dbg !82
  store i64 0, i64* %19, align 8, !dbg !82
  %20 = getelementptr i8, i8* %5, i64 48, !dbg !82
  %21 = bitcast i8* %20 to i64*, !dbg !82
  store i64 0, i64* %21, align 8, !dbg !82
  %22 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %16, i32 16, i8* %17) #0, !dbg !82
  %23 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !82
  %24 = icmp ugt i64 %23, 65536, !dbg !82
  %25 = select i1 %24, i64 2, i64 1, !dbg !82
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %5, i64 %25) #0, !dbg !82
  br label %rec.done, !dbg !82

rec.lost:                                         ; preds = %pid.match
  %26 = bitcast i32* %zero to i8*, !dbg !82
  %27 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %26) #0, !dbg !82
  %.not8 = icmp eq i8* %27, null, !dbg !82
  br i1 %.not8, label %rec.done, label %stat.inc, !dbg !82

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %28 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !83
  %.not9 = icmp eq i8* %28, null, !dbg !83
  br i1 %.not9, label %rec.lost2, label %rec.fill1, !dbg !83

stat.inc:                                         ; preds = %rec.lost
  %29 = bitcast i8* %27 to i64*, !dbg !82
  %30 = load i64, i64* %29, align 8, !dbg !82
  %31 = add i64 %30, 1, !dbg !82
  store i64 %31, i64* %29, align 8, !dbg !82
  br label %rec.done, !dbg !82

rec.fill1:                                        ; preds = %rec.done
  %32 = bitcast i8* %28 to i64*, !dbg !83
  store i64 4294967297, i64* %32, align 8, !dbg !83
  %33 = getelementptr i8, i8* %28, i64 8, !dbg !83
  %34 = bitcast i8* %33 to i64*, !dbg !83
  store i64 2, i64* %34, align 8, !dbg !83
  %35 = getelementptr i8, i8* %ctx, i64 16, !dbg !83
  %36 = bitcast i8* %35 to i32*, !dbg !83
  %37 = load i32, i32* %36, align 4, !dbg !83
  %38 = sext i32 %37 to i64, !dbg !83
  %39 = getelementptr i8, i8* %28, i64 16, !dbg !83
  %40 = bitcast i8* %39 to i64*, !dbg !83
  store i64 %38, i64* %40, align 8, !dbg !83
  %41 = getelementptr i8, i8* %28, i64 24, !dbg !83
  %42 = bitcast i8* %41 to i64*, !dbg !83
  store i64 0, i64* %42, align 8, !dbg !83
  %43 = getelementptr i8, i8* %28, i64 32, !dbg !83
  %44 = getelementptr i8, i8* %28, i64 40, !dbg !83
  %45 = getelementptr i8, i8* %ctx, i64 56, !dbg !83
  %46 = bitcast i8* %43 to i64*, !dbg !83
  store i64 10, i64* %46, align 8, !dbg !83
  %47 = bitcast i8* %44 to i64*, !dbg !83
  store i64 0, i64* %47, align 8, !dbg !83
  %48 = getelementptr i8, i8* %28, i64 48, !dbg !83
  %49 = bitcast i8* %48 to i64*, !dbg !83
  store i64 0, i64* %49, align 8, !dbg !83
  %50 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %44, i32 16, i8* %45) #0, !dbg !83
  %51 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !83
  %52 = icmp ugt i64 %51, 65536, !dbg !83
  %53 = select i1 %52, i64 2, i64 1, !dbg !83
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %28, i64 %53) #0, !dbg !83
  br label %rec.done3, !dbg !83

rec.lost2:                                        ; preds = %rec.done
  %54 = bitcast i32* %zero to i8*, !dbg !83
  %55 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %54) #0, !dbg !83
  %.not10 = icmp eq i8* %55, null, !dbg !83
  br i1 %.not10, label %rec.done3, label %stat.inc4, !dbg !83

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %56 = bitcast [4 x i64]* %tmp to i8*, !dbg !84
  %57 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 1, !dbg !84
  %58 = bitcast i64* %57 to i8*, !dbg !84
  %59 = getelementptr i8, i8* %ctx, i64 36, !dbg !84
  %60 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 0, !dbg !84
  store i64 2, i64* %60, align 8, !dbg !84
  store i64 0, i64* %57, align 8, !dbg !84
  %61 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 2, !dbg !84
  store i64 0, i64* %61, align 8, !dbg !84
  %62 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %58, i32 4, i8* %59) #0, !dbg !84
  %63 = getelementptr i8, i8* %ctx, i64 26, !dbg !84
  %64 = bitcast i8* %63 to i16*, !dbg !84
  %65 = load i16, i16* %64, align 2, !dbg !84
  %66 = zext i16 %65 to i64, !dbg !84
  %67 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 3, !dbg !84
  store i64 %66, i64* %67, align 8, !dbg !84
  %68 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %56) #0, !dbg !84
  %.not11 = icmp eq i8* %68, null, !dbg !84
  br i1 %.not11, label %agg.init, label %agg.have, !dbg !84

stat.inc4:                                        ; preds = %rec.lost2
  %69 = bitcast i8* %55 to i64*, !dbg !83
  %70 = load i64, i64* %69, align 8, !dbg !83
  %71 = add i64 %70, 1, !dbg !83
  store i64 %71, i64* %69, align 8, !dbg !83
  br label %rec.done3, !dbg !83

agg.have:                                         ; preds = %agg.init, %rec.done3
  %agg = phi i8* [ %68, %rec.done3 ], [ %76, %agg.init ], !dbg !84
  %72 = bitcast i8* %agg to i64*, !dbg !84
  %73 = load i64, i64* %72, align 8, !dbg !84
  %74 = add i64 %73, 1, !dbg !84
  store i64 %74, i64* %72, align 8, !dbg !84
  br label %return, !dbg !84

agg.init:                                         ; preds = %rec.done3
  %75 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %56, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !84
  %76 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %56) #0, !dbg !84
  %.not12 = icmp eq i8* %76, null, !dbg !84
  br i1 %.not12, label %agg.full, label %agg.have, !dbg !84

agg.full:                                         ; preds = %agg.init
  %77 = bitcast i32* %zero to i8*, !dbg !84
  %78 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %77) #0, !dbg !84
  %.not13 = icmp eq i8* %78, null, !dbg !84
  br i1 %.not13, label %return, label %stat.inc6, !dbg !84

stat.inc6:                                        ; preds = %agg.full
  %79 = getelementptr i8, i8* %78, i64 8, !dbg !84
  %80 = bitcast i8* %79 to i64*, !dbg !84
  %81 = load i64, i64* %80, align 8, !dbg !84
  %82 = add i64 %81, 1, !dbg !84
  store i64 %82, i64* %80, align 8, !dbg !84
  br label %return, !dbg !84
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!72, !73}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !60, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "ntop_fn.tp", directory: ".")
!4 = !{!0, !5, !28, !54}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 2, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_", linkageName: "m_", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !37, !42, !52}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 5, lowerBound: 0)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 4096, lowerBound: 0)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !43, size: 64, align: 64, offset: 128)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !45)
!45 = !{!46, !51}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !47, size: 192, align: 8)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 192, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 24, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "k1", scope: !3, file: !3, baseType: !25, size: 64, align: 8, offset: 192)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !53, size: 64, align: 64, offset: 192)
!53 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!54 = !DIGlobalVariableExpression(var: !55, expr: !DIExpression())
!55 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !56, isLocal: false, isDefinition: true, align: 64)
!56 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !57)
!57 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 384, align: 8, elements: !58)
!58 = !{!59}
!59 = !DISubrange(count: 48, lowerBound: 0)
!60 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !61)
!61 = !{!62, !67}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !63, size: 64, align: 64)
!63 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !64, size: 64, align: 64, dwarfAddressSpace: 0)
!64 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !65)
!65 = !{!66}
!66 = !DISubrange(count: 27, lowerBound: 0)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !68, size: 64, align: 64, offset: 64)
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 64, align: 64, dwarfAddressSpace: 0)
!69 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !70)
!70 = !{!71}
!71 = !DISubrange(count: 262144, lowerBound: 0)
!72 = !{i32 2, !"Debug Info Version", i32 3}
!73 = !{i32 2, !"Dwarf Version", i32 4}
!74 = distinct !DISubprogram(name: "tp0_inet_sock_set_state", linkageName: "tp0_inet_sock_set_state", scope: !3, file: !3, line: 2, type: !75, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !78)
!75 = !DISubroutineType(types: !76)
!76 = !{!12, !77}
!77 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!78 = !{!79}
!79 = !DILocalVariable(name: "ctx", arg: 1, scope: !74, file: !3, line: 2, type: !77)
!80 = !DILocation(line: 2, scope: !74)
!81 = !DILocation(line: 2, column: 1, scope: !74)
!82 = !DILocation(line: 3, column: 2, scope: !74)
!83 = !DILocation(line: 4, column: 2, scope: !74)
!84 = !DILocation(line: 5, column: 2, scope: !74)
